import type { Actor } from "../auth/roles";
import type { IsoDate } from "../shared/dates";
import { type DeskDeps, deskKey, registrationDate, roomActivity } from "./deps";
import { DeskErrors } from "./desk.errors";
import type { StoredVisit } from "./ports";

export interface RegisterVisitInput {
  roomId: string;
  /** The device's idempotency key: the same key registers once, however often it is sent. */
  key: string;
  activityId: number;
  personId?: number | null;
  /** Anonymous tallies only: how many people (paper fallback may enter more than one). */
  count?: number;
  firstTime?: boolean;
  date?: IsoDate;
}

export interface RegisteredVisit {
  id: number;
  date: IsoDate;
  activityId: number;
  personId: number | null;
  count: number;
  firstTime: boolean;
  /** True when nothing new was stored: the same key, the same person again, or a double tap. */
  duplicate: boolean;
}

/** A second "+1" by the same device on the same activity within this time is a double tap. */
export const DOUBLE_TAP_MS = 1000;

const shape = (v: StoredVisit, duplicate: boolean): RegisteredVisit => ({
  id: v.id,
  date: v.date,
  activityId: v.activityId!,
  personId: v.personId,
  count: v.count,
  firstTime: v.firstTime,
  duplicate,
});

/** Registers a known visitor or an anonymous tally at one of the room's activities. */
export async function registerVisit(
  deps: DeskDeps,
  actor: Actor,
  input: RegisterVisitInput,
): Promise<RegisteredVisit> {
  const date = registrationDate(deps, actor, input.date);
  const activity = await roomActivity(deps, input.roomId, input.activityId);
  const personId = input.personId ?? null;
  const sourceKey = deskKey(input.key);
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    const same = await desk.findVisitByKey(sourceKey);
    if (same) return shape(same, true);
    if (personId !== null) {
      if (!(await desk.personInRoom(input.roomId, personId))) throw DeskErrors.UnknownPerson();
      // DOMAIN §10 "Children": no visit of a child at a children's activity without consent.
      if (activity.forChildren) {
        const child = await desk.childConsent(personId);
        if (child?.under16 && !child.guardianConsent)
          throw DeskErrors.ChildWithoutConsent({
            firstName: child.firstName ?? "Deze persoon",
            activity: activity.name,
          });
      }
      // A named visit row is one person whatever its count: registering them twice adds nothing.
      const again = await desk.findNamedVisit(input.roomId, date, activity.id, personId);
      if (again) return shape(again, true);
    } else {
      const tap = await desk.findRecentTally(
        {
          roomId: input.roomId,
          date,
          activityId: activity.id,
          firstTime: !!input.firstTime,
          createdBy: actor.userId,
        },
        DOUBLE_TAP_MS,
      );
      if (tap) return shape(tap, true);
    }
    const visit = {
      roomId: input.roomId,
      date,
      activityType: activity.type,
      activityId: activity.id,
      personId,
      count: personId === null ? (input.count ?? 1) : 1,
      firstTime: personId === null ? !!input.firstTime : false,
      sourceKey,
      createdBy: actor.userId,
    };
    const id = await desk.insertVisit(visit);
    if (id === null) {
      const stored = await desk.findVisitByKey(sourceKey);
      if (stored) return shape(stored, true);
      throw DeskErrors.NotFound();
    }
    return {
      id,
      date,
      activityId: activity.id,
      personId,
      count: visit.count,
      firstTime: visit.firstTime,
      duplicate: false,
    };
  });
}
