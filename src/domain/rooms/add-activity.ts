import type { ActivityType } from "../activities/activity-types";
import type { RoomsRepository } from "./ports";
import { RoomErrors } from "./rooms.errors";

/**
 * Adds an activity to a room, or makes an old one active again: activities come and go with the
 * residents' energy, and their history stays attached to the same row.
 */
export async function addActivity(
  deps: { rooms: RoomsRepository },
  input: { roomId: string; type: ActivityType; name: string },
): Promise<number> {
  if (!(await deps.rooms.getRoom(input.roomId))) throw RoomErrors.UnknownRoom();
  return deps.rooms.addActivity(input.roomId, input.type, input.name.trim());
}
