import type { Actor } from "../auth/roles";
import { addDays, todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import type { HoursRow } from "./ports";

/**
 * Hours to show: at the desk, today's and yesterday's of the room (first names only); for the
 * coordinator, everything still pending in the last 90 days.
 */
export async function listHours(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string },
): Promise<Omit<HoursRow, "createdBy">[]> {
  const today = todayInAmsterdam(deps.now());
  const rows =
    actor.role === "desk"
      ? await deps.desk.listHours(input.roomId, addDays(today, -1), today)
      : await deps.desk.listHours(input.roomId, addDays(today, -90), today, "pending");
  return rows.map(({ createdBy: _, ...r }) => r);
}
