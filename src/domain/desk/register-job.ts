import type { Actor } from "../auth/roles";
import type { IsoDate } from "../shared/dates";
import { type DeskDeps, deskKey, registrationDate, roomActivity } from "./deps";
import { DeskErrors } from "./desk.errors";

export interface RegisterJobInput {
  roomId: string;
  key: string;
  date?: IsoDate;
  /** A `jobs` activity of the room (Klussendienst, Tuindienst …): its name is the volunteers' group. */
  activityId: number;
  /** What was done: repair, garden, cleaning, bicycle … */
  kind: string;
  /** For whom; optional (a job for the neighbourhood has no one). */
  personId?: number | null;
  volunteers: { personId: number; hours: number }[];
  /** Jobs done; default 1. */
  count?: number;
  note?: string | null;
}

/**
 * Registers odd jobs: a `jobs` visit row (counted in jobs, not persons) and the volunteers' hours,
 * pending until the coordinator approves them.
 */
export async function registerJob(
  deps: DeskDeps,
  actor: Actor,
  input: RegisterJobInput,
): Promise<{ id: number; duplicate: boolean; hours: number }> {
  const date = registrationDate(deps, actor, input.date);
  const activity = await roomActivity(deps, input.roomId, input.activityId);
  if (activity.type !== "jobs") throw DeskErrors.NotAJobActivity();
  const kind = input.kind.trim();
  if (!kind) throw DeskErrors.Required({ label: "soort klus", field: "kind" });
  const sourceKey = deskKey(input.key);
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    const same = await desk.findVisitByKey(sourceKey);
    if (same) return { id: same.id, duplicate: true, hours: 0 };
    const people = [input.personId ?? null, ...input.volunteers.map((v) => v.personId)];
    for (const id of people)
      if (id !== null && !(await desk.personInRoom(input.roomId, id))) throw DeskErrors.UnknownPerson();
    const id = await desk.insertVisit({
      roomId: input.roomId,
      date,
      activityType: "jobs",
      activityId: activity.id,
      personId: input.personId ?? null,
      count: input.count ?? 1,
      firstTime: false,
      sourceKey,
      createdBy: actor.userId,
    });
    if (id === null) throw DeskErrors.NotFound();
    await desk.insertJobDetails(id, kind.slice(0, 100), input.note?.trim() || null);
    let hours = 0;
    for (const [i, v] of input.volunteers.entries()) {
      if (v.hours <= 0) continue;
      await desk.insertHours({
        roomId: input.roomId,
        date,
        personId: v.personId,
        hours: v.hours,
        activity: activity.name,
        status: actor.role === "desk" ? "pending" : "approved",
        sourceKey: `${sourceKey}:h${i}`,
        createdBy: actor.userId,
      });
      hours += v.hours;
    }
    return { id, duplicate: false, hours };
  });
}
