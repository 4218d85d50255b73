import type { Actor } from "../auth/roles";
import { type IsoDate, todayInAmsterdam } from "../shared/dates";
import { DeskErrors } from "./desk.errors";
import type { DeskActivity, DeskRepository } from "./ports";
import { checkRegistrationDate, DESK_MAX_DAYS_BACK } from "./rules";

/** What every desk use case receives. */
export interface DeskDeps {
  desk: DeskRepository;
  now: () => Date;
}

/** The day a registration counts in: today unless a past day is chosen (paper fallback). */
export function registrationDate(deps: DeskDeps, actor: Actor, date: IsoDate | undefined): IsoDate {
  const today = todayInAmsterdam(deps.now());
  const day = date ?? today;
  const role = actor.role === "desk" ? "desk" : actor.role === "coordinator" ? "coordinator" : "other";
  const check = checkRegistrationDate(day, today, role);
  if (check === "future") throw DeskErrors.FutureDate({ date: day });
  if (check === "too_old") throw DeskErrors.DateTooOld({ date: day, days: DESK_MAX_DAYS_BACK });
  return day;
}

/** The activity, which must belong to the room in the path. */
export async function roomActivity(
  deps: DeskDeps,
  roomId: string,
  activityId: number,
): Promise<DeskActivity> {
  const activity = await deps.desk.getActivity(activityId);
  if (!activity || activity.roomId !== roomId) throw DeskErrors.ActivityOtherRoom();
  return activity;
}

/** Idempotency keys from devices live in the same column as import row identities: prefix them. */
export const deskKey = (key: string) => `desk:${key}`;
