import { CATEGORIES, type Category, categoryOf, type FunderType, fromCents, toCents } from "./categories";
import type { Rates } from "./rates";

export interface FinanceLine {
  roomId: string;
  code: string;
  amount: number;
  indirect: boolean;
}

export interface FinanceContribution {
  roomId: string;
  funderType: FunderType;
  amount: number;
  status?: "requested" | "granted" | "received";
}

export interface FinancePlan {
  roomId: string;
  volunteerHours: number;
  staffUnpaidHours: number;
}

export interface FinanceInput {
  rooms: string[];
  year: number;
  lines: FinanceLine[];
  contributions: FinanceContribution[];
  /** Registered hours of the year in these rooms (hours.csv, approved). */
  hours: { volunteer: number; staffUnpaid: number };
  /** Plan rows of rooms that have one. */
  plans: FinancePlan[];
  rates: Rates;
}

export interface PopularInvestment {
  volunteer_value: number;
  staff_value: number;
  total: number;
  formal_share: number | null;
}

/** The `report finance` JSON of INTERCHANGE.md, field by field. Amounts unrounded, ratios as fractions. */
export interface FinanceReport {
  rooms: string[];
  year: number;
  costs: Record<Category, number> & { indirect: number; total: number };
  ratios: { sroi: number | null; people: number | null; overhead: number | null };
  financing: { by_type: Partial<Record<FunderType, number>>; formal: number; balance: number | null };
  hours: { volunteer: number; staff_unpaid: number };
  popular: PopularInvestment;
  popular_planned: PopularInvestment | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Hours × rate in cents; hours and rates carry at most two decimals. */
function valueCents(hours: number, rate: number): number {
  return Math.round((toCents(hours) * toCents(rate)) / 100);
}

function popular(formalCents: number, volunteerHours: number, staffHours: number, rates: Rates) {
  const v = valueCents(volunteerHours, rates.volunteerHourly);
  const s = valueCents(staffHours, rates.staffHourly);
  const total = formalCents + v + s;
  return {
    volunteer_value: fromCents(v),
    staff_value: fromCents(s),
    total: fromCents(total),
    formal_share: ratio(formalCents, total),
  };
}

/**
 * Every derived figure of the budget and financing of a set of rooms in one year, computed from the
 * lines as the seeds do (never from a printed subtotal): category totals, SROI = B / total,
 * people = (A + B) / total, overhead = indirect lines / total, formal and popular investment.
 * Requested contributions are not money yet: only granted and received ones count.
 */
export function computeFinance(input: FinanceInput): FinanceReport {
  const rooms = new Set(input.rooms);
  const cat: Record<Category, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let indirect = 0;
  let lineCount = 0;
  for (const line of input.lines) {
    if (!rooms.has(line.roomId)) continue;
    const c = categoryOf(line.code);
    // Unknown codes are refused at the door (import, screens); skipping here keeps a report possible.
    if (!c) continue;
    const cents = toCents(line.amount);
    cat[c] += cents;
    if (line.indirect) indirect += cents;
    lineCount++;
  }
  const total = CATEGORIES.reduce((sum, c) => sum + cat[c], 0);

  const byType: Partial<Record<FunderType, number>> = {};
  let formal = 0;
  for (const k of input.contributions) {
    if (!rooms.has(k.roomId) || k.status === "requested") continue;
    const cents = toCents(k.amount);
    byType[k.funderType] = (byType[k.funderType] ?? 0) + cents;
    formal += cents;
  }

  const plans = input.plans.filter((p) => rooms.has(p.roomId));
  const planned = plans.length
    ? popular(
        formal,
        plans.reduce((s, p) => s + p.volunteerHours, 0),
        plans.reduce((s, p) => s + p.staffUnpaidHours, 0),
        input.rates,
      )
    : null;

  return {
    rooms: [...rooms].sort(),
    year: input.year,
    costs: {
      A: fromCents(cat.A),
      B: fromCents(cat.B),
      C: fromCents(cat.C),
      D: fromCents(cat.D),
      E: fromCents(cat.E),
      indirect: fromCents(indirect),
      total: fromCents(total),
    },
    ratios: {
      sroi: ratio(cat.B, total),
      people: ratio(cat.A + cat.B, total),
      overhead: ratio(indirect, total),
    },
    financing: {
      by_type: Object.fromEntries(Object.entries(byType).map(([t, c]) => [t, fromCents(c)])),
      formal: fromCents(formal),
      // Null without budget lines: nothing to balance against (input.budget_balanced is null then).
      balance: lineCount ? fromCents(formal - total) : null,
    },
    hours: { volunteer: input.hours.volunteer, staff_unpaid: input.hours.staffUnpaid },
    popular: popular(formal, input.hours.volunteer, input.hours.staffUnpaid, input.rates),
    popular_planned: planned,
  };
}

/** Each funder type's share of the formal investment (fractions), as the seeds print them. */
export function funderTypeShares(report: FinanceReport): Partial<Record<FunderType, number>> {
  const formal = report.financing.formal;
  if (formal === 0) return {};
  return Object.fromEntries(
    Object.entries(report.financing.by_type).map(([t, amount]) => [t, (amount as number) / formal]),
  );
}

/** The residents' share (volunteer and unpaid staff hours) of the popular investment. */
export function hoursShare(p: PopularInvestment): number | null {
  return p.total === 0 ? null : (p.volunteer_value + p.staff_value) / p.total;
}

/** Whole percent as documents print it (0.379 → 38). */
export function wholePercent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 100);
}
