import type { Actor } from "../auth/roles";
import { addDays, type IsoDate } from "../shared/dates";
import { type DeskDeps, registrationDate } from "./deps";
import type { DeskActivity } from "./ports";
import { countDay, type DayCount, isoWeekday, orderForToday } from "./rules";

/** How many earlier same weekdays decide which activities are "today's". */
const WEEKS_BACK = 8;

export interface TodayView {
  date: IsoDate;
  weekday: number;
  activities: (DeskActivity & { count: DayCount; usual: boolean })[];
  mine: {
    id: number;
    activityId: number | null;
    personId: number | null;
    firstName: string | null;
    count: number;
    firstTime: boolean;
  }[];
}

/** The desk's start screen: the room's activities, today's first, each with the day's count. */
export async function getToday(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; date?: IsoDate },
): Promise<TodayView> {
  const date = registrationDate(deps, actor, input.date);
  const sameWeekdays = Array.from({ length: WEEKS_BACK }, (_, i) => addDays(date, -7 * (i + 1)));
  const [activities, weekdayUse, rows, mine] = await Promise.all([
    deps.desk.listActivities(input.roomId),
    deps.desk.activityUse(input.roomId, sameWeekdays),
    deps.desk.dayRows(input.roomId, date),
    deps.desk.userVisits(input.roomId, date, actor.userId, 20),
  ]);
  const byActivity = new Map<number, typeof rows>();
  for (const r of rows) {
    if (r.activityId === null) continue;
    const list = byActivity.get(r.activityId) ?? [];
    list.push(r);
    byActivity.set(r.activityId, list);
  }
  const todayUse = new Map([...byActivity].map(([id, list]) => [id, list.length]));
  // Inactive activities stay out, unless something was registered on them that day.
  const shown = activities.filter((a) => a.active || todayUse.has(a.id));
  const ordered = orderForToday(shown, { weekday: weekdayUse, today: todayUse });
  return {
    date,
    weekday: isoWeekday(date),
    activities: ordered.map((a) => ({
      ...a,
      count: countDay(a.type, byActivity.get(a.id) ?? []),
      usual: (weekdayUse.get(a.id) ?? 0) > 0,
    })),
    mine: mine.map((v) => ({
      id: v.id,
      activityId: v.activityId,
      personId: v.personId,
      firstName: v.firstName,
      count: v.count,
      firstTime: v.firstTime,
    })),
  };
}
