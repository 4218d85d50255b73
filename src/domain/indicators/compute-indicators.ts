import type { IsoDate } from "../shared/dates";
import { INDICATORS, type IndicatorId } from "./definitions";
import { growthEntries, previousPeriod } from "./growth";
import { IndicatorErrors } from "./indicators.errors";
import { resolvePeriod } from "./period";
import type { IndicatorScope, IndicatorsRepository, RawIndicatorFigures } from "./ports";
import { type ResolvedTarget, resolveTargets } from "./targets";

/** One indicator in the report: value, target and the extra fields INTERCHANGE names. */
export type IndicatorResult = {
  value: number | string | null;
  target: number | null;
  target_of: number | null;
  target_status: ResolvedTarget["target_status"];
} & Record<string, number | string | boolean | null>;

/** The `report indicators` object (INTERCHANGE "Report JSON"). */
export interface IndicatorReport {
  rooms: string[];
  from: IsoDate;
  to: IsoDate;
  indicators: Record<IndicatorId, IndicatorResult>;
}

type Value = { value: number | string | null } & Record<string, number | string | boolean | null>;

const ratio = (part: number, whole: number, scale = 1): number | null =>
  whole > 0 ? (part * scale) / whole : null;

/** Applies INTERCHANGE's indicator semantics to the raw aggregates of a scope. */
export function indicatorValues(
  f: RawIndicatorFigures,
  roomCount: number,
  years: number,
): Record<IndicatorId, Value> {
  const persons = (g: keyof RawIndicatorFigures["persons"]): Value => ({
    value: f.persons[g].named + f.persons[g].anonymousFirstTime,
    named: f.persons[g].named,
  });
  let audit: string | null = null;
  if (f.auditsNegative > 0) audit = "negative";
  else if (f.auditsPositive >= roomCount * years && f.auditsPositive > 0) audit = "positive";
  const balance = f.budgetLines > 0 ? f.balance : null;
  return {
    "impact.confidence": { value: ratio(f.confidenceYes, f.confidenceAnswers, 100) },
    "impact.pleasant_living": { value: ratio(f.pleasantYes, f.pleasantAnswers, 100) },
    "impact.benefit_care_costs": { value: ratio(f.benefitCareSum, f.benefitCareCount) },
    "impact.evictions": { value: f.evictionsCount > 0 ? f.evictionsSum : null },
    "impact.nuisance": { value: ratio(f.nuisanceSum, f.nuisanceCount) },
    "output.key_holders": { value: f.keyHolders },
    "output.active_volunteers": {
      value: f.volunteers,
      hours: f.volunteerHours,
      avg_hours: ratio(f.volunteerHours, f.volunteers),
    },
    "output.volunteer_groups": { value: f.volunteerGroups },
    "output.members": { value: f.members },
    "output.referred_participating": { value: f.referredInParticipating, of: f.referredIn },
    "output.placements": { value: f.placements },
    "output.newcomers_participating": { value: f.newcomersParticipating, of: f.newcomers },
    "output.paid_work": { value: f.paidWork },
    "output.referrals": {
      value: f.referredPersons,
      connected_pct: ratio(f.outConnected, f.outConnected + f.outNotConnected, 100),
    },
    "output.partners": { value: f.partners },
    "process.social": persons("social"),
    "process.jobs": { value: f.jobs },
    "process.computer": persons("computer"),
    "process.language": persons("language"),
    "process.forms": persons("forms"),
    "process.debt": persons("debt"),
    "process.work": persons("work"),
    "process.total": persons("total"),
    "input.budget_balanced": { value: balance, met: balance === null ? null : balance >= 0 },
    "input.spending_accounted": { value: audit },
    "input.team_score": { value: ratio(f.teamScoreSum, f.teamScoreCount) },
    "input.partner_score": { value: ratio(f.partnerScoreSum, f.partnerScoreCount) },
  };
}

/** The calendar year of a period, or null when it spans more than one. */
export function periodYear(from: IsoDate, to: IsoDate): number | null {
  return from.slice(0, 4) === to.slice(0, 4) ? Number(from.slice(0, 4)) : null;
}

/** Checks that the rooms exist; returns them deduplicated and sorted. */
export async function checkRooms(deps: { indicators: IndicatorsRepository }, rooms: readonly string[]) {
  // Sorted like report finance: the order of rooms carries no meaning.
  const ids = [...new Set(rooms)].sort();
  if (ids.length === 0) throw IndicatorErrors.NoRooms();
  const found = await deps.indicators.roomsForTargets(ids);
  const known = new Set(found.map((r) => r.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw IndicatorErrors.UnknownRoom({ room: unknown });
  return { ids, rooms: found };
}

/**
 * Every indicator of DOMAIN.md §5 for a set of rooms and a period, with targets, exactly as
 * `report indicators` prints it. A person counts once across the rooms. Room access is the
 * caller's business (see indicator-rooms.ts).
 */
export async function computeIndicators(
  deps: { indicators: IndicatorsRepository },
  input: IndicatorScope & {
    /** Add the `growth.*` entries after every indicator of §5 (the report JSON and its API do). */
    growth?: boolean;
  },
): Promise<IndicatorReport> {
  const { from, to } = resolvePeriod({ from: input.from, to: input.to });
  const { ids, rooms } = await checkRooms(deps, input.rooms);
  const year = periodYear(from, to);
  const [figures, overrides, growth] = await Promise.all([
    deps.indicators.figures({ rooms: ids, from, to }),
    year === null ? Promise.resolve([]) : deps.indicators.targetOverrides(ids, year),
    input.growth ? deps.indicators.growth({ rooms: ids, from, to }, previousPeriod(from, to)) : null,
  ]);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
  const values = indicatorValues(figures, ids.length, years);
  const targets = resolveTargets(rooms, year, overrides);
  const indicators = {} as Record<IndicatorId, IndicatorResult>;
  for (const def of INDICATORS) {
    const { value, ...extras } = values[def.id];
    indicators[def.id] = { value, ...targets[def.id], ...extras };
  }
  // After the existing keys, which never change (INTERCHANGE "Growing the interface").
  if (growth) Object.assign(indicators, growthEntries(growth));
  return { rooms: ids, from, to, indicators };
}
