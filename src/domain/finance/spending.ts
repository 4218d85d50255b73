import { CATEGORIES, type Category, categoryOf, fromCents, toCents } from "./categories";

export interface ActualAmount {
  code: string;
  date: string;
  amount: number;
}

export interface QuarterRow {
  /** A budget code, or a category letter for the category subtotal. */
  code: string;
  budget: number;
  /** Actual spending in quarters 1–4. */
  actual: [number, number, number, number];
  actualTotal: number;
  /** Budget minus actual: negative means overspent. */
  remaining: number;
}

export function quarterOf(date: string): 0 | 1 | 2 | 3 {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) as 0 | 1 | 2 | 3;
}

/**
 * Budget against actual spending per budget line and per category, per quarter of the year.
 * Petty cash entries are D1 spending (the seeds budget *handgeld* as D1), so callers pass them as
 * D1 actuals. Actuals for a code without a budget line still show, with budget 0.
 */
export function budgetVsActual(
  lines: { code: string; amount: number }[],
  actuals: ActualAmount[],
): { lines: QuarterRow[]; categories: QuarterRow[]; total: QuarterRow } {
  const rows = new Map<string, { budget: number; q: number[] }>();
  const row = (code: string) => {
    let r = rows.get(code);
    if (!r) {
      r = { budget: 0, q: [0, 0, 0, 0] };
      rows.set(code, r);
    }
    return r;
  };
  for (const l of lines) row(l.code).budget += toCents(l.amount);
  for (const a of actuals) row(a.code).q[quarterOf(a.date)] += toCents(a.amount);

  const toRow = (code: string, budget: number, q: number[]): QuarterRow => {
    const sum = q.reduce((s, x) => s + x, 0);
    return {
      code,
      budget: fromCents(budget),
      actual: q.map(fromCents) as QuarterRow["actual"],
      actualTotal: fromCents(sum),
      remaining: fromCents(budget - sum),
    };
  };
  const codes = [...rows.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const cat = new Map<Category, { budget: number; q: number[] }>(
    CATEGORIES.map((c) => [c, { budget: 0, q: [0, 0, 0, 0] }]),
  );
  const tot = { budget: 0, q: [0, 0, 0, 0] };
  for (const code of codes) {
    const r = rows.get(code)!;
    const c = categoryOf(code);
    if (!c) continue;
    const cr = cat.get(c)!;
    cr.budget += r.budget;
    tot.budget += r.budget;
    r.q.forEach((x, i) => {
      cr.q[i] += x;
      tot.q[i] += x;
    });
  }
  return {
    lines: codes.map((code) => toRow(code, rows.get(code)!.budget, rows.get(code)!.q)),
    categories: CATEGORIES.map((c) => toRow(c, cat.get(c)!.budget, cat.get(c)!.q)),
    total: toRow("total", tot.budget, tot.q),
  };
}
