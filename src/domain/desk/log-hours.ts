import type { Actor } from "../auth/roles";
import { type IsoDate, todayInAmsterdam } from "../shared/dates";
import { type DeskDeps, deskKey } from "./deps";
import { DeskErrors } from "./desk.errors";
import { hoursDateAllowed } from "./rules";

/**
 * A volunteer logs their own hours of today at the desk, or corrects yesterday's. Logged hours
 * are pending: the coordinator approves or corrects them. A second entry for the same person, day
 * and group corrects the first while it is still pending.
 */
export async function logHours(
  deps: DeskDeps,
  actor: Actor,
  input: {
    roomId: string;
    key: string;
    personId: number;
    date?: IsoDate;
    hours: number;
    activity?: string | null;
  },
): Promise<{ id: number; corrected: boolean }> {
  const today = todayInAmsterdam(deps.now());
  const date = input.date ?? today;
  if (!hoursDateAllowed(date, today)) throw DeskErrors.HoursDate();
  const activity = input.activity?.trim() || null;
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    if (!(await desk.personInRoom(input.roomId, input.personId))) throw DeskErrors.UnknownPerson();
    const existing = await desk.findDeskHours(input.roomId, date, input.personId, activity);
    if (existing) {
      if (existing.status !== "pending") throw DeskErrors.HoursLocked();
      await desk.updateHours(existing.id, { hours: input.hours });
      return { id: existing.id, corrected: true };
    }
    const id = await desk.insertHours({
      roomId: input.roomId,
      date,
      personId: input.personId,
      hours: input.hours,
      activity,
      status: "pending",
      sourceKey: deskKey(input.key),
      createdBy: actor.userId,
    });
    if (id === null) {
      const again = await desk.findDeskHours(input.roomId, date, input.personId, activity);
      return { id: again?.id ?? 0, corrected: false };
    }
    return { id, corrected: false };
  });
}
