import type { RoomsRepository } from "./ports";
import { RoomErrors } from "./rooms.errors";

/** Marks an activity for children under 16, or not (DOMAIN §10 "Children"). */
export async function setActivityForChildren(
  deps: { rooms: RoomsRepository },
  input: { roomId: string; activityId: number; forChildren: boolean },
): Promise<void> {
  if (!(await deps.rooms.setActivityForChildren(input.roomId, input.activityId, input.forChildren))) {
    throw RoomErrors.UnknownActivity();
  }
}
