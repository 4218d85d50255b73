import type { Room, RoomsRepository } from "./ports";

/** Creates or updates a room (cooperative role). Ids are short and stable: they appear in imports. */
export async function saveRoom(deps: { rooms: RoomsRepository }, room: Room): Promise<Room> {
  await deps.rooms.upsertRoom(room);
  return room;
}
