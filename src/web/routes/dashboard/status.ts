import { INDICATORS, type IndicatorId, type Measure } from "../../../domain/indicators/definitions";
import type { TargetStatus } from "../../../domain/indicators/targets";

/** One indicator of GET /api/dashboard (see docs/indicators.md "Dashboard JSON"). */
export interface DashboardRow {
  group: string;
  nl: string;
  en: string;
  housing: boolean;
  target: number | null;
  target_of: number | null;
  target_status: TargetStatus;
  value: number | string | null;
  series: (number | string | null)[];
  projection: number | string | null;
}

export interface DashboardData {
  rooms: string[];
  year: number;
  as_of: string | null;
  months: string[];
  indicators: Record<string, DashboardRow>;
  growth: { from: string | null; to: string; residents: number }[];
  /** Set for a funder or board: whole quarters, small counts hidden (docs/SECURITY.md "Small cells"). */
  small_cells?: { growth: { from: string | null; to: string; residents: number | string }[] };
}

/** The extras of GET /api/indicators this screen shows (named persons, "x of y"). */
export type ReportExtras = Record<string, { named?: number | null; of?: number | null }>;

export type StatusKind = "too_early" | "none" | "no_data" | "reached" | "on_track" | "not_yet";

export interface IndicatorStatus {
  kind: StatusKind;
  /** Share of the target reached so far, 0–100 and more; null when it cannot be said as a share. */
  pct: number | null;
}

const MEASURE = new Map<string, Measure>(INDICATORS.map((d) => [d.id, d.measure]));

export function measureOf(id: string): Measure | undefined {
  return MEASURE.get(id);
}

/** Counts grow during the year; percentages, scores, budget and audit are judged as they stand. */
export function isCount(id: string): boolean {
  return id.startsWith("output.") || id.startsWith("process.") || id === "impact.evictions";
}

/**
 * How an indicator stands against its target, in calm words: reached, on track (a count whose
 * projection reaches the target) or not yet. A miss is never an alarm (DOMAIN §5).
 */
export function indicatorStatus(id: string, row: DashboardRow): IndicatorStatus {
  if (row.target_status === "too_early") return { kind: "too_early", pct: null };
  if (row.target_status === "none") return { kind: "none", pct: null };
  if (row.value === null) return { kind: "no_data", pct: null };
  // A count hidden by the small-cell rule ("< 5", "x") cannot be set against its target.
  if (row.value === "< 5" || row.value === "x") return { kind: "none", pct: null };
  if (typeof row.value === "string") {
    // The audit: "positive" is its target.
    return { kind: row.value === "positive" ? "reached" : "not_yet", pct: null };
  }
  if (row.target === null) return { kind: "none", pct: null };
  if (row.target <= 0) {
    // "Positive" budget: a balance of at least the target (0).
    return { kind: row.value >= row.target ? "reached" : "not_yet", pct: null };
  }
  const pct = (row.value / row.target) * 100;
  if (row.value >= row.target) return { kind: "reached", pct };
  if (isCount(id) && typeof row.projection === "number" && row.projection >= row.target) {
    return { kind: "on_track", pct };
  }
  return { kind: "not_yet", pct };
}

/** A figure as the screen shows it: percentages with %, scores with one decimal, money in euros. */
export function formatValue(id: string, value: number | string | null, locale: "nl" | "en"): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  const loc = locale === "en" ? "en-GB" : "nl-NL";
  switch (measureOf(id)) {
    case "survey_pct":
    case "interview_pct":
      return `${Math.round(value)}%`;
    case "survey_score":
      return value.toLocaleString(loc, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case "budget":
      return `€ ${Math.round(value).toLocaleString(loc)}`;
    default:
      return Math.round(value).toLocaleString(loc);
  }
}

/** A target as the screen shows it; null means the caller shows "too early" / "none" in words. */
export function formatTarget(
  id: string,
  t: { target: number | null; target_of: number | null; target_status: TargetStatus },
  locale: "nl" | "en",
): { text: string | null; kind: "too_early" | "none" | "positive" | "number" } {
  if (t.target_status === "too_early") return { text: null, kind: "too_early" };
  if (t.target_status === "none") return { text: null, kind: "none" };
  const m = measureOf(id as IndicatorId);
  if (t.target === null || m === "budget" || m === "audit") return { text: null, kind: "positive" };
  const base = formatValue(id, t.target, locale);
  return { text: t.target_of !== null ? `${base} / ${t.target_of}` : base, kind: "number" };
}

/**
 * Heights for a month-by-month bar row: each numeric point as a share (0–1) of the scale: 100 for
 * percentages, 10 for scores, and the highest point for counts (scaled to a target of hundreds, a
 * young room's bars would be invisible; the status column already compares with the target).
 */
export function barShares(id: string, series: readonly (number | string | null)[]) {
  const nums = series.map((v) => (typeof v === "number" ? v : null));
  const m = measureOf(id);
  let scale: number;
  if (m === "survey_pct" || m === "interview_pct") scale = 100;
  else if (m === "survey_score") scale = 10;
  else scale = Math.max(0, ...nums.map((v) => Math.abs(v ?? 0)));
  return nums.map((v) => (v === null ? null : scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0));
}
