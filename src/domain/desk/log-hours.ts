import type { Actor } from "../auth/roles";
import { type IsoDate, todayInAmsterdam } from "../shared/dates";
import { type DeskDeps, deskKey } from "./deps";
import { DeskErrors } from "./desk.errors";
import { hoursDateAllowed } from "./rules";

/**
 * A volunteer logs their own hours of today at the desk, or of yesterday. Logged hours are
 * pending: the coordinator approves each line. A second entry for the same day adds a line (two
 * shifts in a day are normal); correcting a line is its own action (`correctHours`). The same key
 * sent again stores nothing new.
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
): Promise<{ id: number; duplicate: boolean }> {
  const today = todayInAmsterdam(deps.now());
  const date = input.date ?? today;
  if (!hoursDateAllowed(date, today)) throw DeskErrors.HoursDate();
  const activity = input.activity?.trim() || null;
  const sourceKey = deskKey(input.key);
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    if (!(await desk.personInRoom(input.roomId, input.personId))) throw DeskErrors.UnknownPerson();
    const id = await desk.insertHours({
      roomId: input.roomId,
      date,
      personId: input.personId,
      hours: input.hours,
      activity,
      status: "pending",
      sourceKey,
      createdBy: actor.userId,
    });
    if (id === null) {
      const again = await desk.findHoursByKey(sourceKey);
      if (!again) throw DeskErrors.NotFound();
      return { id: again.id, duplicate: true };
    }
    return { id, duplicate: false };
  });
}
