import { describe, expect, it } from "vitest";
import { budgetVsActual } from "./spending";

describe("budget vs actual per quarter", () => {
  it("adds actuals per quarter, per line, per category and in total", () => {
    const r = budgetVsActual(
      [
        { code: "A1", amount: 36000 },
        { code: "D1", amount: 3000 },
      ],
      [
        { code: "A1", date: "2021-01-31", amount: 3000 },
        { code: "A1", date: "2021-04-30", amount: 3000 },
        { code: "D1", date: "2021-12-01", amount: 250.5 },
        { code: "C1", date: "2021-07-01", amount: 1000 },
      ],
    );
    expect(r.lines.map((l) => l.code)).toEqual(["A1", "C1", "D1"]);
    expect(r.lines[0]).toEqual({
      code: "A1",
      budget: 36000,
      actual: [3000, 3000, 0, 0],
      actualTotal: 6000,
      remaining: 30000,
    });
    expect(r.lines[1].remaining).toBe(-1000);
    expect(r.categories.find((c) => c.code === "D")?.actual).toEqual([0, 0, 0, 250.5]);
    expect(r.total).toMatchObject({ budget: 39000, actualTotal: 7250.5 });
  });
});
