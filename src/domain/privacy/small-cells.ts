/**
 * The small-cell rule (DOMAIN.md §10 "Small cells", docs/SECURITY.md): the one implementation,
 * used by the indicators, the dashboard and every document. Pure: numbers in, what may be shown out.
 *
 * - A count of persons from 1 to 4 is shown as "< 5" (primary suppression); 0 is shown.
 * - Where a hidden cell could still be worked out from the totals of its row, column or table and
 *   the cells shown, the next smallest cell is hidden too, shown as "x" (secondary suppression).
 *   "Worked out" means: exactly, by any linear combination of the row, column and table sums, or by
 *   the bounds a reader knows ("< 5" is 1–4, "x" is at least 5, nothing hidden is 0).
 * - In a breakdown by category a category under 5 is merged into "overig" and loses its label.
 */

/** The smallest count of persons that may be shown as it is. */
export const SMALL_CELL_MIN = 5;
/** How a count of 1–4 persons is shown. */
export const SMALL = "< 5";
/** How a cell hidden only so that a small one cannot be worked out is shown (CBS prints "x" for "geheim"). */
export const SECONDARY = "x";
/** The category that holds the categories under 5; it has no label of its own. */
export const OTHER = "overig";

/** The note below every table the rule applies to (documents are Dutch). */
export const SMALL_CELLS_NOTE =
  "'< 5': 1 tot en met 4 personen. 'x': verborgen, zodat een klein aantal niet uit de totalen terug te rekenen is. 'Overig': categorieën met minder dan 5 personen, samengevoegd zonder naam.";

export type Shown = number | typeof SMALL | typeof SECONDARY;

/** A count as it may be shown on its own: 1–4 → "< 5". */
export function showCount(n: number): number | typeof SMALL {
  return n > 0 && n < SMALL_CELL_MIN ? SMALL : n;
}

/** True for what the rule put in place of a number. */
export function isHidden(v: unknown): v is typeof SMALL | typeof SECONDARY {
  return v === SMALL || v === SECONDARY;
}

/** One published equation: the signed sum of these cells is 0 (a row with its total: cells − total). */
type Line = { cell: number; sign: 1 | -1 }[];

/** The cells (by index) a reader can work out exactly from the shown cells and the lines. */
function derivable(values: readonly number[], lines: readonly Line[], hidden: ReadonlySet<number>): number[] {
  const out = new Set<number>();
  const vars = [...hidden].sort((a, b) => a - b);
  const col = new Map(vars.map((v, i) => [v, i]));
  // Linear: a hidden cell is fixed when its unit vector lies in the row space of the lines
  // restricted to the hidden cells (reduced row echelon form, exact with small integers).
  const m = lines
    .map((l) => {
      const row = new Array<number>(vars.length).fill(0);
      for (const { cell, sign } of l) {
        const i = col.get(cell);
        if (i !== undefined) row[i] += sign;
      }
      return row;
    })
    .filter((r) => r.some((x) => x !== 0));
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < vars.length && r < m.length; c++) {
    let p = r;
    while (p < m.length && Math.abs(m[p][c]) < 1e-9) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const f = m[r][c];
    for (let k = 0; k < vars.length; k++) m[r][k] /= f;
    for (let q = 0; q < m.length; q++) {
      if (q === r || Math.abs(m[q][c]) < 1e-9) continue;
      const g = m[q][c];
      for (let k = 0; k < vars.length; k++) m[q][k] -= g * m[r][k];
    }
    pivots.push(c);
    r++;
  }
  pivots.forEach((c, i) => {
    if (m[i].every((x, k) => k === c || Math.abs(x) < 1e-9)) out.add(vars[c]);
  });
  // Bounds: "< 5" is 1–4, "x" at least 5; narrowed line by line until nothing changes.
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  for (const v of vars) {
    const small = values[v] < SMALL_CELL_MIN;
    lo.set(v, small ? 1 : SMALL_CELL_MIN);
    hi.set(v, small ? SMALL_CELL_MIN - 1 : Number.POSITIVE_INFINITY);
  }
  for (let round = 0, changed = true; changed && round < 50; round++) {
    changed = false;
    for (const l of lines) {
      const h = l.filter((x) => hidden.has(x.cell));
      if (h.length === 0) continue;
      // Σ sign·hidden = −Σ sign·shown.
      const rest = -l.filter((x) => !hidden.has(x.cell)).reduce((s, x) => s + x.sign * values[x.cell], 0);
      for (const x of h) {
        // sign_x·v_x = rest − Σ_{other} sign·v, so v_x lies between these bounds.
        let min = rest;
        let max = rest;
        for (const y of h) {
          if (y === x) continue;
          const [a, b] = [lo.get(y.cell)!, hi.get(y.cell)!];
          if (y.sign > 0) {
            min -= b;
            max -= a;
          } else {
            min += a;
            max += b;
          }
        }
        const [nlo, nhi] = x.sign > 0 ? [min, max] : [-max, -min];
        if (nlo > lo.get(x.cell)!) {
          lo.set(x.cell, nlo);
          changed = true;
        }
        if (nhi < hi.get(x.cell)!) {
          hi.set(x.cell, nhi);
          changed = true;
        }
      }
    }
  }
  for (const v of vars) if (lo.get(v)! >= hi.get(v)!) out.add(v);
  return [...out].sort((a, b) => a - b);
}

/**
 * The core: which cells to hide, given every cell's value and the lines a reader can add up.
 * Primary: 1–4. Then, while some hidden cell can be worked out, the smallest shown non-zero
 * cell on a line with it is hidden as well (any shown non-zero cell when its lines have none).
 * Hiding every non-zero cell is always safe, so this ends.
 */
function protect(values: readonly number[], lines: readonly Line[]): Set<number> {
  const hidden = new Set<number>();
  values.forEach((v, i) => {
    if (v > 0 && v < SMALL_CELL_MIN) hidden.add(i);
  });
  for (;;) {
    const found = derivable(values, lines, hidden);
    if (found.length === 0) return hidden;
    const d = found[0];
    const near = new Set<number>();
    for (const l of lines) if (l.some((x) => x.cell === d)) for (const x of l) near.add(x.cell);
    const pick = (pool: Iterable<number>) => {
      let best = -1;
      for (const i of pool)
        if (!hidden.has(i) && values[i] > 0 && (best < 0 || values[i] < values[best])) best = i;
      return best;
    };
    let next = pick([...near].sort((a, b) => a - b));
    if (next < 0) next = pick(values.keys());
    if (next < 0) return hidden;
    hidden.add(next);
  }
}

const shown = (v: number, hidden: boolean, primary: boolean): Shown =>
  !hidden ? v : primary ? SMALL : SECONDARY;

export interface SuppressedTable {
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
  /** How many numbers were hidden (cells and totals, primary and secondary). */
  hidden: number;
}

/**
 * A table of counts of persons with its row, column and grand totals (each row and column adds up).
 * `cells[r][c]`; every row has the same length.
 */
export function suppressTable(cells: readonly (readonly number[])[]): SuppressedTable {
  const rows = cells.length;
  const cols = rows === 0 ? 0 : cells[0].length;
  // Index: inner r*cols+c; row totals after; then column totals; then the grand total.
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  const values: number[] = [];
  for (const row of cells) values.push(...row);
  for (const row of cells) values.push(row.reduce((s, x) => s + x, 0));
  for (let c = 0; c < cols; c++) values.push(cells.reduce((s, row) => s + row[c], 0));
  values.push(values.slice(rows * cols, rows * cols + rows).reduce((s, x) => s + x, 0));
  const lines: Line[] = [];
  for (let r = 0; r < rows; r++)
    lines.push([
      ...Array.from({ length: cols }, (_, c) => ({ cell: r * cols + c, sign: 1 as const })),
      { cell: rowTotal(r), sign: -1 },
    ]);
  for (let c = 0; c < cols; c++)
    lines.push([
      ...Array.from({ length: rows }, (_, r) => ({ cell: r * cols + c, sign: 1 as const })),
      { cell: colTotal(c), sign: -1 },
    ]);
  lines.push([
    ...Array.from({ length: rows }, (_, r) => ({ cell: rowTotal(r), sign: 1 as const })),
    { cell: grand, sign: -1 },
  ]);
  lines.push([
    ...Array.from({ length: cols }, (_, c) => ({ cell: colTotal(c), sign: 1 as const })),
    { cell: grand, sign: -1 },
  ]);
  const hidden = protect(values, lines);
  const at = (i: number) => shown(values[i], hidden.has(i), values[i] < SMALL_CELL_MIN);
  return {
    cells: cells.map((row, r) => row.map((_, c) => at(r * cols + c))),
    rowTotals: Array.from({ length: rows }, (_, r) => at(rowTotal(r))),
    columnTotals: Array.from({ length: cols }, (_, c) => at(colTotal(c))),
    total: at(grand),
    hidden: hidden.size,
  };
}

export interface SuppressedBreakdown {
  /** Per category the count or its mark; the categories under 5 merged into the last, "overig". */
  cells: { label: string; value: Shown }[];
  total: Shown;
  /** How many numbers were hidden (primary and secondary, the total included). */
  suppressed: number;
}

/**
 * A breakdown of persons by one category (landlord, newcomer, a step on the ladder …) with its
 * total: categories under 5 merged into "overig" (no label), then primary and secondary
 * suppression. The total counts as known to the reader even where it is not printed.
 */
export function suppressBreakdown(
  cells: readonly { label: string; value: number }[],
  options: { other?: string } = {},
): SuppressedBreakdown {
  const big = cells.filter((c) => c.value >= SMALL_CELL_MIN || c.value === 0);
  const small = cells.filter((c) => c.value > 0 && c.value < SMALL_CELL_MIN);
  const merged = [...big.map((c) => ({ label: c.label, value: c.value }))];
  if (small.length > 0)
    merged.push({ label: options.other ?? OTHER, value: small.reduce((s, c) => s + c.value, 0) });
  const total = merged.reduce((s, c) => s + c.value, 0);
  const values = [...merged.map((c) => c.value), total];
  const line: Line = [
    ...merged.map((_, i) => ({ cell: i, sign: 1 as const })),
    { cell: merged.length, sign: -1 },
  ];
  const hidden = protect(values, [line]);
  const at = (i: number) => shown(values[i], hidden.has(i), values[i] < SMALL_CELL_MIN);
  return {
    cells: merged.map((c, i) => ({ label: c.label, value: at(i) })),
    total: at(merged.length),
    suppressed: hidden.size,
  };
}

/**
 * Counts of persons beside their total where the parts have no label to lose (rooms of a
 * report): primary and secondary suppression, no merging.
 */
export function suppressLine(values: readonly number[], total: number): { cells: Shown[]; total: Shown } {
  const all = [...values, total];
  const line: Line = [
    ...values.map((_, i) => ({ cell: i, sign: 1 as const })),
    { cell: values.length, sign: -1 },
  ];
  const hidden = protect(all, [line]);
  const at = (i: number) => shown(all[i], hidden.has(i), all[i] < SMALL_CELL_MIN);
  return { cells: values.map((_, i) => at(i)), total: at(values.length) };
}
