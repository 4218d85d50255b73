import { type IsoDate, todayInAmsterdam, yearRange } from "../shared/dates";
import { checkRooms, indicatorValues } from "./compute-indicators";
import { INDICATORS, type IndicatorId, isCountIndicator } from "./definitions";
import type { IndicatorsRepository, StageTransition } from "./ports";
import { resolveTargets, type TargetStatus } from "./targets";

export interface DashboardIndicator {
  group: string;
  nl: string;
  en: string;
  housing: boolean;
  target: number | null;
  target_of: number | null;
  target_status: TargetStatus;
  /** Value on `as_of` (year to date). */
  value: number | string | null;
  /** Year-to-date value at the end of each month (index 0 = January); null after `as_of`. */
  series: (number | string | null)[];
  /** Expected value on 31 December; see docs/indicators.md for the rule. */
  projection: number | string | null;
}

export interface Dashboard {
  rooms: string[];
  year: number;
  /** The last day the figures cover: 31 December for a past year, today for this one, null for a future year. */
  as_of: IsoDate | null;
  /** The last day of each month of the year. */
  months: IsoDate[];
  indicators: Record<IndicatorId, DashboardIndicator>;
  /** Moves up the ladder with a stage starting this year, per (from stage, to stage). */
  growth: StageTransition[];
}

function monthEnd(year: number, month: number): IsoDate {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function dayOfYear(date: IsoDate): number {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
  const d = Date.parse(`${date}T00:00:00Z`);
  return Math.round((d - start) / 86_400_000) + 1;
}

/**
 * The projection to 31 December: count indicators (output, process, evictions) grow linearly
 * with the share of the year elapsed (value × days in year ÷ days up to `as_of`); percentages,
 * means, budget and audit are not cumulative and are projected as they stand.
 */
export function projectToYearEnd(
  id: IndicatorId,
  value: number | string | null,
  asOf: IsoDate,
): number | string | null {
  if (typeof value !== "number" || !isCountIndicator(id)) return value;
  const year = Number(asOf.slice(0, 4));
  const days = dayOfYear(`${year}-12-31`);
  return (value * days) / dayOfYear(asOf);
}

const MONTHS_AT_ONCE = 2;

/**
 * The dashboard of a set of rooms for a year: per indicator the monthly year-to-date series,
 * the current value against the target and a projection, plus the growth chart.
 */
export async function getDashboard(
  deps: { indicators: IndicatorsRepository; now: () => Date },
  input: { rooms: readonly string[]; year: number },
): Promise<Dashboard> {
  const { ids, rooms } = await checkRooms(deps, input.rooms);
  const { from, to } = yearRange(input.year);
  const today = todayInAmsterdam(deps.now());
  const asOf = today > to ? to : today < from ? null : today;
  const months = Array.from({ length: 12 }, (_, i) => monthEnd(input.year, i + 1));

  const targets = resolveTargets(rooms, input.year, await deps.indicators.targetOverrides(ids, input.year));
  // Month by month through the report's own rules, so the series is the report, never a second truth.
  const ends = asOf
    ? months.filter((m) => `${m.slice(0, 7)}-01` <= asOf).map((m) => (m.localeCompare(asOf) <= 0 ? m : asOf))
    : [];
  // The month-ends are independent: on the server two at a time run side by side (each is two
  // queries), leaving the rest of the pool to the desks; PGlite answers them one after the other.
  const monthly: ReturnType<typeof indicatorValues>[] = [];
  for (let i = 0; i < ends.length; i += MONTHS_AT_ONCE) {
    const batch = ends.slice(i, i + MONTHS_AT_ONCE);
    const figures = await Promise.all(
      batch.map((end) => deps.indicators.figures({ rooms: ids, from, to: end })),
    );
    for (const f of figures) monthly.push(indicatorValues(f, ids.length, 1));
  }
  const growth = asOf ? await deps.indicators.stageTransitions({ rooms: ids, from, to: asOf }) : [];
  const current = monthly.at(-1);

  const indicators = {} as Record<IndicatorId, DashboardIndicator>;
  for (const def of INDICATORS) {
    const value = current && asOf ? current[def.id].value : null;
    indicators[def.id] = {
      group: def.group,
      nl: def.nl,
      en: def.en,
      housing: def.housing,
      ...targets[def.id],
      value,
      series: months.map((_, i) => monthly[i]?.[def.id].value ?? null),
      projection: asOf ? projectToYearEnd(def.id, value, asOf) : null,
    };
  }
  return { rooms: ids, year: input.year, as_of: asOf, months, indicators, growth };
}
