import type { RoomsRepository } from "./ports";
import { RoomErrors } from "./rooms.errors";

/** Stops or restarts an activity; stopped activities keep their registrations. */
export async function setActivityActive(
  deps: { rooms: RoomsRepository },
  input: { roomId: string; activityId: number; active: boolean },
): Promise<void> {
  if (!(await deps.rooms.setActivityActive(input.roomId, input.activityId, input.active))) {
    throw RoomErrors.UnknownActivity();
  }
}
