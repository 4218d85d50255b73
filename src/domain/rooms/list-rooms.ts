import type { Actor } from "../auth/roles";
import type { Room, RoomsRepository } from "./ports";

/** The rooms the actor may see: every room for the cooperative, the user's own rooms otherwise. */
export function listRooms(deps: { rooms: RoomsRepository }, actor: Actor): Promise<Room[]> {
  return deps.rooms.listRooms(actor.role === "cooperative" ? "all" : actor.rooms);
}
