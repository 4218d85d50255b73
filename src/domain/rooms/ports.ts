import type { ActivityType } from "../activities/activity-types";

export interface Room {
  id: string;
  name: string;
  city: string | null;
  neighbourhood: string | null;
  association: string | null;
  variant: "light" | "full";
  opened: string | null;
}

export interface Activity {
  id: number;
  roomId: string;
  type: ActivityType;
  name: string;
  active: boolean;
  /** For children under 16: the desk asks each new visitor's age and needs a guardian's consent (DOMAIN §10). */
  forChildren: boolean;
}

export interface RoomsRepository {
  listRooms(ids: string[] | "all"): Promise<Room[]>;
  getRoom(id: string): Promise<Room | null>;
  listActivities(roomId: string): Promise<Activity[]>;
  upsertRoom(room: Room): Promise<void>;
  addActivity(roomId: string, type: ActivityType, name: string): Promise<number>;
  setActivityActive(roomId: string, activityId: number, active: boolean): Promise<boolean>;
  setActivityForChildren(roomId: string, activityId: number, forChildren: boolean): Promise<boolean>;
}
