import type { Activity, Room, RoomsRepository } from "./ports";
import { RoomErrors } from "./rooms.errors";

/** A room with its activities (the active ones first). Room access is checked by the caller's route. */
export async function getRoom(
  deps: { rooms: RoomsRepository },
  roomId: string,
): Promise<Room & { activities: Activity[] }> {
  const room = await deps.rooms.getRoom(roomId);
  if (!room) throw RoomErrors.UnknownRoom();
  const activities = await deps.rooms.listActivities(roomId);
  return { ...room, activities };
}
