import { describe, expect, it } from "vitest";
import { computeFinance, funderTypeShares, hoursShare, wholePercent } from "./compute-finance";
import { budgetTemplate, indexBudget } from "./templates";

const asLines = (name: "light" | "full") =>
  budgetTemplate(name).map((l) => ({ roomId: "r", code: l.code, amount: l.amount, indirect: l.indirect }));

describe("budget templates (seed 000 §3A, prijspeil 2020)", () => {
  it("reproduce the light and full reference budgets and their ratios", () => {
    const rates = { volunteerHourly: 11, staffHourly: 37 };
    const base = {
      rooms: ["r"],
      year: 2020,
      contributions: [],
      hours: { volunteer: 0, staffUnpaid: 0 },
      plans: [],
      rates,
    };
    const light = computeFinance({ ...base, lines: asLines("light") });
    const full = computeFinance({ ...base, lines: asLines("full") });
    expect(light.costs.total).toBe(73000);
    expect(full.costs.total).toBe(114000);
    expect([light.ratios.sroi, light.ratios.people, light.ratios.overhead].map(wholePercent)).toEqual([
      16, 67, 9,
    ]);
    expect([full.ratios.sroi, full.ratios.people, full.ratios.overhead].map(wholePercent)).toEqual([
      28, 77, 8,
    ]);
  });

  it("with seed 000 §3B's financing give its shares", () => {
    const rates = { volunteerHourly: 11, staffHourly: 37 };
    // LIGHT: gemeente 40,000, uitkeringsinstantie 5,000, fondsen 27,500, eigen 500; 10 × 250 h and 2 × 250 h.
    const light = computeFinance({
      rooms: ["r"],
      year: 2020,
      lines: asLines("light"),
      contributions: [
        { roomId: "r", funderType: "municipality", amount: 40000 },
        { roomId: "r", funderType: "benefit_agency", amount: 5000 },
        { roomId: "r", funderType: "private_fund", amount: 27500 },
        { roomId: "r", funderType: "own_income", amount: 500 },
      ],
      hours: { volunteer: 2500, staffUnpaid: 500 },
      plans: [],
      rates,
    });
    expect(light.popular.total).toBe(119000);
    expect(wholePercent(hoursShare(light.popular))).toBe(39);
    const shares = funderTypeShares(light);
    expect(wholePercent(shares.municipality!)).toBe(55);
    expect(wholePercent(shares.private_fund!)).toBe(38);
    expect(light.financing.balance).toBe(0);
  });

  it("raise last year's lines by an index to whole euros", () => {
    const lines = indexBudget(budgetTemplate("full"), 2.5);
    expect(lines.find((l) => l.code === "A1")).toMatchObject({ amount: 36900, hoursPerWeek: 18 });
    expect(lines.find((l) => l.code === "A3")).toMatchObject({ amount: 7688, indirect: true });
    expect(indexBudget(budgetTemplate("light"), 0).map((l) => l.amount)).toEqual(
      budgetTemplate("light").map((l) => l.amount),
    );
  });
});
