import { addDays, todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";

/**
 * Corrects one line of hours logged at the desk (today's or yesterday's, still pending): an
 * explicit action on that line, never a side effect of logging again (issue 16).
 */
export async function correctHours(
  deps: DeskDeps,
  input: { roomId: string; hoursId: number; hours: number },
): Promise<{ id: number; hours: number }> {
  const today = todayInAmsterdam(deps.now());
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    const row = await desk.getHours(input.hoursId);
    // Only lines the desk itself shows: this room, logged at the desk, today or yesterday.
    if (!row || row.roomId !== input.roomId || !row.fromDesk || row.date < addDays(today, -1))
      throw DeskErrors.NotFound();
    if (row.status !== "pending") throw DeskErrors.HoursLocked();
    await desk.updateHours(row.id, { hours: input.hours });
    return { id: row.id, hours: input.hours };
  });
}
