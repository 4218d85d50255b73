import { type Shown, suppressBreakdown } from "../privacy/small-cells";
import { type IsoDate, todayInAmsterdam, yearRange } from "../shared/dates";
import { checkRooms, indicatorValues } from "./compute-indicators";
import { INDICATORS, type IndicatorId, isCountIndicator } from "./definitions";
import type { IndicatorsRepository, StageTransition } from "./ports";
import { suppressValue } from "./small-cells";
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
  /** Moves up the ladder with a stage starting this year, per (from stage, to stage); empty for a funder or board. */
  growth: StageTransition[];
  /**
   * Set for a funder or board (DOMAIN §10 "Small cells"): figures as of the last complete quarter,
   * the series at quarter ends only, person counts of 1–4 as "< 5" (one room's whole year exact),
   * and the growth as a suppressed breakdown (moves under 5 merged into `to: "overig"`).
   */
  small_cells?: { growth: { from: string | null; to: string; residents: Shown }[] };
}

/** The last quarter end on or before a day of its year, or null in the first quarter. */
function lastQuarterEnd(day: IsoDate): IsoDate | null {
  const y = day.slice(0, 4);
  const ends = [`${y}-12-31`, `${y}-09-30`, `${y}-06-30`, `${y}-03-31`];
  return ends.find((e) => e <= day) ?? null;
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
  input: { rooms: readonly string[]; year: number; outside?: boolean },
): Promise<Dashboard> {
  const { ids, rooms } = await checkRooms(deps, input.rooms);
  const { from, to } = yearRange(input.year);
  const today = todayInAmsterdam(deps.now());
  const upTo = today > to ? to : today < from ? null : today;
  // A funder or board sees whole quarters only: figures as of the last complete one.
  const asOf = input.outside && upTo ? lastQuarterEnd(upTo) : upTo;
  const months = Array.from({ length: 12 }, (_, i) => monthEnd(input.year, i + 1));

  const targets = resolveTargets(rooms, input.year, await deps.indicators.targetOverrides(ids, input.year));
  // Month by month through the report's own rules, so the series is the report, never a second truth.
  const ends = asOf
    ? months
        .filter((m, i) => `${m.slice(0, 7)}-01` <= asOf && (!input.outside || i % 3 === 2))
        .map((m) => (m.localeCompare(asOf) <= 0 ? m : asOf))
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
  // The month each evaluation ends in (all months, or the quarter ends for a funder or board).
  const monthOf = ends.map((e) => Number(e.slice(5, 7)) - 1);
  // One room's whole year stays exact (DOMAIN §10); every other figure a funder or board sees is
  // under the small-cell rule.
  const show = (id: IndicatorId, v: number | string | null, end: IsoDate) =>
    !input.outside || (ids.length === 1 && end === to) ? v : suppressValue(id, v);

  const indicators = {} as Record<IndicatorId, DashboardIndicator>;
  for (const def of INDICATORS) {
    const raw = current && asOf ? current[def.id].value : null;
    const value = asOf ? show(def.id, raw, asOf) : raw;
    const series = months.map((): number | string | null => null);
    monthly.forEach((m, k) => {
      series[monthOf[k]] = show(def.id, m[def.id].value, ends[k]);
    });
    indicators[def.id] = {
      group: def.group,
      nl: def.nl,
      en: def.en,
      housing: def.housing,
      ...targets[def.id],
      value,
      series,
      projection: asOf && value === raw ? projectToYearEnd(def.id, value, asOf) : null,
    };
  }
  if (!input.outside) return { rooms: ids, year: input.year, as_of: asOf, months, indicators, growth };
  const key = (g: StageTransition) => `${g.from ?? ""}>${g.to}`;
  const s = suppressBreakdown(growth.map((g) => ({ label: key(g), value: g.residents })));
  return {
    rooms: ids,
    year: input.year,
    as_of: asOf,
    months,
    indicators,
    growth: [],
    small_cells: {
      growth: s.cells.map((c) => {
        const [a, b] = c.label.includes(">") ? c.label.split(">") : ["", c.label];
        return { from: a === "" ? null : a, to: b, residents: c.value };
      }),
    },
  };
}
