import type { Actor } from "../auth/roles";
import { CommonErrors } from "../shared/errors";
import { IndicatorErrors } from "./indicators.errors";
import type { IndicatorsRepository } from "./ports";

/**
 * The rooms an actor may report on: the cooperative every room, coordinators and boards their
 * own rooms, a funder the rooms it contributes to (aggregates only: indicators name nobody).
 * `requested` "all" means every room the actor may see. A room outside that set is reported as
 * unknown, so room ids do not leak.
 */
export async function indicatorRooms(
  deps: { indicators: IndicatorsRepository },
  actor: Actor,
  requested: readonly string[] | "all",
): Promise<string[]> {
  let allowed: string[] | "any";
  switch (actor.role) {
    case "cooperative":
      allowed = "any";
      break;
    case "coordinator":
    case "board":
      allowed = actor.rooms;
      break;
    case "funder":
      allowed = actor.funderId === null ? [] : await deps.indicators.roomsFundedBy(actor.funderId);
      break;
    case "desk":
      throw CommonErrors.Forbidden();
  }
  if (requested === "all") {
    const rooms = allowed === "any" ? await deps.indicators.allRoomIds() : allowed;
    if (rooms.length === 0) throw IndicatorErrors.NoRooms();
    return [...rooms];
  }
  if (allowed !== "any") {
    const set = new Set(allowed);
    const hidden = requested.find((r) => !set.has(r));
    if (hidden !== undefined) throw IndicatorErrors.UnknownRoom({ room: hidden });
  }
  return [...requested];
}

/** Parses `a,b,c` or `all` into room ids. */
export function parseRoomList(text: string): string[] | "all" {
  const trimmed = text.trim();
  if (trimmed === "all") return "all";
  return trimmed
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r !== "");
}
