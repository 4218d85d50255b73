import type { Actor } from "../auth/roles";
import { addDays, type IsoDate } from "../shared/dates";
import { type DeskDeps, roomActivity } from "./deps";

/** Regulars printed on the paper list: seen at the activity in the last 12 weeks, most often first. */
const REGULARS_WEEKS = 12;
const REGULARS_MAX = 30;
const EMPTY_ROWS = 15;

/** The paper fallback: a sign-in list for an activity and day, with regulars' names and empty rows. */
export async function getSignInSheet(
  deps: DeskDeps,
  _actor: Actor,
  input: { roomId: string; activityId: number; date: IsoDate },
) {
  const activity = await roomActivity(deps, input.roomId, input.activityId);
  const regulars = await deps.desk.regulars(
    activity.id,
    addDays(input.date, -7 * REGULARS_WEEKS),
    REGULARS_MAX,
  );
  return {
    date: input.date,
    activity: { id: activity.id, name: activity.name, type: activity.type },
    regulars,
    emptyRows: EMPTY_ROWS,
  };
}
