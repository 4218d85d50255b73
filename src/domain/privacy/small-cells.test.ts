import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isHidden,
  OTHER,
  SECONDARY,
  type Shown,
  SMALL,
  SMALL_CELL_MIN,
  showCount,
  suppressBreakdown,
  suppressTable,
} from "./small-cells";

/** rank of a matrix (floating point; entries are small integers, so 1e-9 is safe). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let rk = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && rk < m.length; c++) {
    let p = rk;
    while (p < m.length && Math.abs(m[p][c]) < 1e-9) p++;
    if (p === m.length) continue;
    [m[rk], m[p]] = [m[p], m[rk]];
    for (let q = 0; q < m.length; q++) {
      if (q === rk) continue;
      const f = m[q][c] / m[rk][c];
      for (let k = c; k < width; k++) m[q][k] -= f * m[rk][k];
    }
    rk++;
  }
  return rk;
}

/**
 * The reader's attack: the hidden numbers are unknowns; every row, every column, the row of
 * column totals and the column of row totals is an equation. A hidden number is derivable when
 * its unit vector lies in the row space of those equations (rank does not grow when it is added).
 */
function derivableCells(t: { cells: Shown[][]; rowTotals: Shown[]; columnTotals: Shown[]; total: Shown }) {
  const R = t.cells.length;
  const C = t.cells[0].length;
  const grid: Shown[][] = [
    ...t.cells.map((row, r) => [...row, t.rowTotals[r]]),
    [...t.columnTotals, t.total],
  ];
  const unknowns: [number, number][] = [];
  for (const [r, row] of grid.entries())
    for (const [c, v] of row.entries()) if (isHidden(v)) unknowns.push([r, c]);
  const index = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  const eqs: number[][] = [];
  // Row r: cells − total = 0 (the total row: column totals − grand total).
  for (let r = 0; r <= R; r++) {
    const e = new Array(unknowns.length).fill(0);
    for (let c = 0; c <= C; c++) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) e[i] += c === C ? -1 : 1;
    }
    eqs.push(e);
  }
  for (let c = 0; c <= C; c++) {
    const e = new Array(unknowns.length).fill(0);
    for (let r = 0; r <= R; r++) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) e[i] += r === R ? -1 : 1;
    }
    eqs.push(e);
  }
  const base = rank(eqs);
  return unknowns.filter((_, i) => {
    const unit = new Array(unknowns.length).fill(0);
    unit[i] = 1;
    return rank([...eqs, unit]) === base;
  });
}

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }));
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

describe("small cells: tables with row, column and grand totals", () => {
  it("leaves no hidden cell derivable from the row, column and grand totals and the cells shown", () => {
    fc.assert(
      fc.property(table, (cells) => {
        const t = suppressTable(cells);
        expect(derivableCells(t)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("shows 0 and every count of 5 or more it keeps as it is, and 1–4 never", () => {
    fc.assert(
      fc.property(table, (cells) => {
        const t = suppressTable(cells);
        const rowSums = cells.map((r) => r.reduce((s, x) => s + x, 0));
        const colSums = cells[0].map((_, c) => cells.reduce((s, r) => s + r[c], 0));
        const pairs: [number, Shown][] = [
          ...cells.flatMap((row, r) => row.map((v, c): [number, Shown] => [v, t.cells[r][c]])),
          ...rowSums.map((v, r): [number, Shown] => [v, t.rowTotals[r]]),
          ...colSums.map((v, c): [number, Shown] => [v, t.columnTotals[c]]),
          [rowSums.reduce((s, x) => s + x, 0), t.total],
        ];
        for (const [truth, shown] of pairs) {
          if (truth === 0) expect(shown).toBe(0);
          else if (truth < SMALL_CELL_MIN) expect(shown).toBe(SMALL);
          else expect([truth, SECONDARY]).toContain(shown);
        }
      }),
    );
  });

  it("hides nothing in a table without small cells", () => {
    const t = suppressTable([
      [5, 7],
      [9, 0],
    ]);
    expect(t.hidden).toBe(0);
    expect(t.total).toBe(21);
  });

  it("hides a second cell in the row and column of a small one, and a fourth to close the square", () => {
    const t = suppressTable([
      [3, 10, 12],
      [8, 20, 30],
    ]);
    expect(t.cells[0][0]).toBe(SMALL);
    expect(t.hidden).toBeGreaterThanOrEqual(4);
    expect(derivableCells(t)).toEqual([]);
  });
});

describe("small cells: a breakdown by one category with its total", () => {
  const breakdown = fc.array(fc.record({ label: fc.string(), value: count }), { minLength: 1, maxLength: 8 });

  it("merges the categories under 5 into 'overig', shows no label of them, and leaves nothing derivable", () => {
    fc.assert(
      fc.property(breakdown, (cells) => {
        const r = suppressBreakdown(cells);
        const small = cells.filter((c) => c.value > 0 && c.value < SMALL_CELL_MIN);
        const labels = r.cells.map((c) => c.label);
        if (small.length > 0) expect(labels.at(-1)).toBe(OTHER);
        for (const c of cells.filter((c) => c.value >= SMALL_CELL_MIN || c.value === 0))
          expect(labels).toContain(c.label);
        expect(r.cells.length).toBe(cells.length - small.length + (small.length > 0 ? 1 : 0));
        // As a one-row table: the row's cells, its total (the columns are the cells themselves).
        const hidden = r.cells.filter((c) => isHidden(c.value)).length + (isHidden(r.total) ? 1 : 0);
        expect(hidden).toBe(r.suppressed);
        if (hidden === 1) throw new Error("one hidden number beside the others gives itself away");
        // Several hidden beside a shown total: not all of them 1 (then each would be exactly 1).
        if (!isHidden(r.total) && hidden > 0) {
          const shownSum = r.cells.reduce((s, c) => s + (typeof c.value === "number" ? c.value : 0), 0);
          expect((r.total as number) - shownSum).toBeGreaterThan(hidden);
        }
        for (const c of r.cells)
          if (typeof c.value === "number" && c.value > 0)
            expect(c.value).toBeGreaterThanOrEqual(SMALL_CELL_MIN);
      }),
    );
  });

  it("never leaves two hidden cells that add up to 2 (the issue's case: each would be 1)", () => {
    const r = suppressBreakdown([
      { label: "Ymere", value: 30 },
      { label: "Zeldzaam Wonen", value: 1 },
      { label: "Rochdale", value: 1 },
      { label: "Eigen Haard", value: 12 },
    ]);
    expect(r.cells.map((c) => c.label)).toEqual(["Ymere", "Eigen Haard", OTHER]);
    expect(JSON.stringify(r)).not.toContain("Zeldzaam");
    expect(r.cells.map((c) => c.value)).toEqual([30, SECONDARY, SMALL]);
    expect(r.total).toBe(44);
  });

  it("hides a total of 1–4 and every cell under it", () => {
    const r = suppressBreakdown([
      { label: "a", value: 2 },
      { label: "b", value: 1 },
    ]);
    expect(r.total).toBe(SMALL);
    expect(r.cells).toEqual([{ label: OTHER, value: SMALL }]);
  });

  it("shows a single count of 1–4 as '< 5' and 0 as 0", () => {
    expect([0, 1, 4, 5, 17].map(showCount)).toEqual([0, SMALL, SMALL, 5, 17]);
  });
});
