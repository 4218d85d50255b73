import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_CELL, suppressBreakdown } from "../../src/domain/documents/suppression";

const breakdown = fc.array(fc.record({ label: fc.string(), value: fc.nat({ max: 40 }) }), {
  minLength: 1,
  maxLength: 8,
});

describe("small-cell suppression of a breakdown by one personal attribute", () => {
  it("never shows a count under 5, and never leaves exactly one hidden cell beside a shown total", () => {
    fc.assert(
      fc.property(breakdown, (cells) => {
        const r = suppressBreakdown(cells);
        const visible = r.cells.filter((c) => c.value !== null);
        for (const c of visible) expect(c.value).toBeGreaterThanOrEqual(MIN_CELL);
        const hidden = r.cells.length - visible.length;
        expect(hidden).toBe(r.suppressed);
        if (r.total !== null) {
          // Recovering a hidden cell from the total needs it to be the only one hidden.
          expect(hidden === 0 || hidden >= 2).toBe(true);
          expect(r.total).toBe(cells.reduce((s, c) => s + c.value, 0));
        } else {
          expect(hidden).toBe(cells.length);
        }
        // Shown cells keep their true value.
        r.cells.forEach((c, i) => {
          if (c.value !== null) expect(c.value).toBe(cells[i].value);
        });
      }),
    );
  });

  it("hides nothing when every cell is 5 or more", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: MIN_CELL, max: 100 }), { minLength: 1, maxLength: 6 }),
        (values) => {
          const r = suppressBreakdown(values.map((value, i) => ({ label: String(i), value })));
          expect(r.suppressed).toBe(0);
        },
      ),
    );
  });

  it("hides the next-smallest cell when one cell is under 5", () => {
    const r = suppressBreakdown([
      { label: "Ymere", value: 12 },
      { label: "Rochdale", value: 3 },
      { label: "Eigen Haard", value: 7 },
      { label: "Stadgenoot", value: 20 },
    ]);
    expect(r.cells.map((c) => c.value)).toEqual([12, null, null, 20]);
    expect(r.total).toBe(42);
  });
});
