/**
 * The desk's counting and nudging rules, pure. Counting follows INTERCHANGE.md: a named visit row
 * is one person whatever its count, an anonymous tally adds its count, and a `jobs` row counts jobs.
 */
import type { ActivityType } from "../activities/activity-types";
import { addDays, type IsoDate } from "../shared/dates";

export interface DayVisitRow {
  personId: number | null;
  count: number;
  firstTime: boolean;
}

/** What the desk shows on an activity's tile for one day. */
export interface DayCount {
  /** People today (named + anonymous), or jobs for a `jobs` activity. */
  total: number;
  /** Distinct named people. */
  named: number;
  /** Sum of anonymous tallies. */
  anonymous: number;
  /** Anonymous tallies marked as the first visit to this room this year. */
  firstTime: number;
  /** Sum of `count` of the rows: the jobs done, for a `jobs` activity. */
  jobs: number;
}

export function countDay(type: ActivityType, rows: readonly DayVisitRow[]): DayCount {
  const persons = new Set<number>();
  let anonymous = 0;
  let firstTime = 0;
  let jobs = 0;
  for (const r of rows) {
    jobs += r.count;
    if (r.personId !== null) persons.add(r.personId);
    else {
      anonymous += r.count;
      if (r.firstTime) firstTime += r.count;
    }
  }
  // Counted per job, not per person: funders ask for jobs done (DOMAIN.md §3).
  const total = type === "jobs" ? jobs : persons.size + anonymous;
  return { total, named: persons.size, anonymous, firstTime, jobs };
}

/** ISO weekday, 1 = Monday … 7 = Sunday, of a yyyy-mm-dd date. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The activities of today first: ordered by how often they were used on the same weekday in the
 * weeks before, then by today's registrations (what is happening now), then by name.
 */
export function orderForToday<A extends { id: number; name: string }>(
  activities: readonly A[],
  use: { weekday: Map<number, number>; today: Map<number, number> },
): A[] {
  const score = (a: A) => [use.weekday.get(a.id) ?? 0, use.today.get(a.id) ?? 0];
  return [...activities].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return a.name.localeCompare(b.name, "nl");
  });
}

/** VOVOV "Omarmen": after this many visit days in a year, the desk gently asks for contact and membership. */
export const NUDGE_AFTER_VISITS = 3;

export interface NudgeInput {
  visitDaysThisYear: number;
  hasContact: boolean;
  isMember: boolean;
}

export function growthNudge(p: NudgeInput): { askContact: boolean; askMembership: boolean } {
  const due = p.visitDaysThisYear >= NUDGE_AFTER_VISITS;
  return { askContact: due && !p.hasContact, askMembership: due && !p.isMember };
}

/** A regular: at least this many visit days in the 365 days before today. */
export const REGULAR_MIN_VISIT_DAYS = 5;
/** Not seen for three weeks. */
export const CALL_AFTER_DAYS = 21;
/** After "no answer", try again a week later. */
export const RETRY_AFTER_DAYS = 7;

export const CALL_OUTCOMES = ["reached", "not_coming", "no_answer", "no_number"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export interface CallCandidate {
  visitDays: number;
  lastVisit: IsoDate;
  lastCall: { date: IsoDate; outcome: CallOutcome } | null;
}

/**
 * Whether a person belongs on the call round (belronde): a regular not seen for three weeks,
 * who was not called since the last visit, or did not answer at least a week ago.
 */
export function onCallList(p: CallCandidate, today: IsoDate): boolean {
  if (p.visitDays < REGULAR_MIN_VISIT_DAYS) return false;
  if (p.lastVisit > addDays(today, -CALL_AFTER_DAYS)) return false;
  const call = p.lastCall;
  if (!call || call.date < p.lastVisit) return true;
  return call.outcome === "no_answer" && call.date <= addDays(today, -RETRY_AFTER_DAYS);
}

/** How far back the desk may enter a past day from paper; coordinators may go further. */
export const DESK_MAX_DAYS_BACK = 31;

export type DateCheck = "ok" | "future" | "too_old";

export function checkRegistrationDate(
  date: IsoDate,
  today: IsoDate,
  role: "desk" | "coordinator" | "other",
): DateCheck {
  if (date > today) return "future";
  if (role === "desk" && date < addDays(today, -DESK_MAX_DAYS_BACK)) return "too_old";
  return "ok";
}

/** Volunteers log their own hours of today, and may correct yesterday's. */
export function hoursDateAllowed(date: IsoDate, today: IsoDate): boolean {
  return date === today || date === addDays(today, -1);
}

/**
 * Hours above a plausible day are asked about before they are stored (issue 16: a "1" left in the
 * field made 2 into 12): more than 12 for one job, more than 16 for a volunteer's day. Both are
 * still allowed, up to the 24 of a whole day.
 */
export const PLAUSIBLE_HOURS = { job: 12, day: 16 } as const;

export function hoursNeedConfirmation(kind: keyof typeof PLAUSIBLE_HOURS, hours: number): boolean {
  return hours > PLAUSIBLE_HOURS[kind];
}

/** Names a child's activity where the guardian's consent must be recorded (kidsclub, homework help). */
export function isChildActivity(name: string): boolean {
  return /kids|kinder|huiswerk|homework/i.test(name);
}

/** The eight life domains a help question can touch (DOMAIN.md §4, seed 000 §3B). */
export const LIFE_DOMAINS = [
  "poverty",
  "meeting",
  "participation",
  "learning",
  "care",
  "support",
  "housing",
  "work",
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
