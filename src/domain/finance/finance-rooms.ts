import type { Actor } from "../auth/roles";
import { canSeeRoom } from "../auth/roles";
import { FinanceErrors } from "./finance.errors";

/**
 * The rooms an actor asks a finance report for: `all` is every room for the cooperative and the own
 * rooms for a coordinator; a room the actor may not see answers as unknown, so ids do not leak.
 */
export function financeRoomsFor(actor: Actor, requested: string): string[] | "all" {
  const text = requested.trim();
  if (text === "" || text === "all") return actor.role === "cooperative" ? "all" : [...actor.rooms];
  const rooms = [
    ...new Set(
      text
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
  const hidden = rooms.find((r) => !canSeeRoom(actor, r));
  if (hidden) throw FinanceErrors.UnknownRoom({ room: hidden });
  return rooms;
}
