import type { Actor } from "../auth/roles";
import { isHidden, SECONDARY, SMALL, showCount } from "../privacy/small-cells";
import type { IsoDate } from "../shared/dates";
import type { IndicatorReport, IndicatorResult } from "./compute-indicators";
import { INDICATORS, type Measure } from "./definitions";
import { IndicatorErrors } from "./indicators.errors";

/**
 * Where the small-cell rule (privacy/small-cells.ts, DOMAIN §10) meets the indicators: who reads
 * from outside (funders and boards), which periods they may ask, and which figures count persons.
 */

/** Funders and boards: they see aggregates under the small-cell rule, in whole quarters. */
export function readsFromOutside(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "funder" || actor?.role === "board";
}

const QUARTER_STARTS = ["01-01", "04-01", "07-01", "10-01"];
const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** True when the period starts on the first day of a quarter and ends on the last day of one. */
export function isQuarterAligned(from: IsoDate, to: IsoDate): boolean {
  return from <= to && QUARTER_STARTS.includes(from.slice(5)) && QUARTER_ENDS.includes(to.slice(5));
}

/** True for 1 January to 31 December of one year. */
export function isWholeYear(from: IsoDate, to: IsoDate): boolean {
  return from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === "01-01" && to.slice(5) === "12-31";
}

const dmy = (d: IsoDate) => `${Number(d.slice(8))}-${Number(d.slice(5, 7))}-${d.slice(0, 4)}`;

/**
 * Refuses (never widens or narrows) a period for funders and boards that is not whole quarters, or
 * that is not over yet on `today` (a quarter still running would change day by day, and two days'
 * answers would give away who came in between).
 */
export function checkOutsidePeriod(from: IsoDate, to: IsoDate, today: IsoDate): void {
  if (!isQuarterAligned(from, to)) throw IndicatorErrors.PeriodTooFine({ from: dmy(from), to: dmy(to) });
  if (to >= today) {
    const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    throw IndicatorErrors.PeriodNotOver({ to: dmy(to), next: dmy(next) });
  }
}

const MEASURE = new Map<string, Measure>(INDICATORS.map((d) => [d.id, d.measure]));
const PERSON_MEASURES: readonly Measure[] = ["persons", "persons_of", "unique_persons", "interview_count"];

/**
 * Whether an indicator counts persons (or households: evictions). Jobs, partners, groups, money,
 * percentages and scores do not. A figure this list does not know yet (a new `growth.*` count) is
 * treated as persons, unless its name says it is a share: better hidden once too often.
 */
export function isPersonCount(id: string): boolean {
  const m = MEASURE.get(id);
  if (m !== undefined) return PERSON_MEASURES.includes(m);
  return !/(turnover|pct|share|ratio|avg|hours)/.test(id);
}

/** Extra fields that count persons and are hidden like the value. */
const PERSON_EXTRAS = ["of", "named"];
/** Extra fields from which a hidden value could be computed back (hours ÷ average = persons). */
const DERIVED_EXTRAS = ["avg_hours", "connected_pct"];

function suppressResult(id: string, r: IndicatorResult): IndicatorResult {
  if (!isPersonCount(id)) return r;
  const out: IndicatorResult = { ...r };
  if (typeof r.value === "number" && Number.isInteger(r.value)) out.value = showCount(r.value);
  for (const k of PERSON_EXTRAS) {
    const v = r[k];
    if (typeof v === "number" && Number.isInteger(v)) out[k] = showCount(v);
  }
  if (isHidden(out.value)) for (const k of DERIVED_EXTRAS) if (k in out) out[k] = null;
  return out;
}

/**
 * The indicators as a funder or board may see them. A headline indicator of one room and a whole
 * year stays exact (DOMAIN §10: its targets, like "> 1", stay comparable); anything else shows a
 * count of 1–4 persons as "< 5". Indicators are not cells of one table (a person counts once over
 * the rooms and types), so there is no total to subtract from: primary suppression only.
 */
export function suppressIndicatorReport<
  T extends Pick<IndicatorReport, "rooms" | "from" | "to" | "indicators">,
>(report: T): T {
  if (report.rooms.length === 1 && isWholeYear(report.from, report.to)) return report;
  const indicators = {} as Record<string, IndicatorResult>;
  for (const [id, r] of Object.entries(report.indicators)) indicators[id] = suppressResult(id, r);
  return { ...report, indicators } as T;
}

/** A single figure as a funder or board may see it, for screens that show one value. */
export function suppressValue(id: string, value: number | string | null): number | string | null {
  if (!isPersonCount(id) || typeof value !== "number" || !Number.isInteger(value)) return value;
  return showCount(value);
}

export { SECONDARY, SMALL };
