import { describe, expect, it } from "vitest";
import { wholePercent } from "../../src/domain/finance/compute-finance";
import { computeBusinessCase, defaultScenario } from "../../src/domain/planning/business-case";
import { offerDocument } from "../../src/domain/planning/offer-document";

describe("business case from seed 000's templates", () => {
  const r = computeBusinessCase(defaultScenario("Nieuwe kamer"));

  it("reproduces the light and full budgets (€73,000 / €114,000)", () => {
    expect(r.light.finance.costs.total).toBe(73000);
    expect(r.full_start.finance.costs.total).toBe(114000);
    expect(r.full.finance.costs.total).toBe(114000);
    // The financing templates balance the budgets.
    expect([r.light, r.full_start, r.full].map((x) => x.finance.financing.balance)).toEqual([0, 0, 0]);
  });

  it("reproduces the popular investment (€119,000 / €215,000 / €242,500) and the printed shares", () => {
    expect(r.light.finance.popular.total).toBe(119000);
    expect(r.full_start.finance.popular.total).toBe(215000);
    expect(r.full.finance.popular.total).toBe(242500);
    expect([r.light, r.full_start, r.full].map((x) => wholePercent(x.hoursShare))).toEqual([39, 47, 53]);
    expect([r.light, r.full_start, r.full].map((x) => wholePercent(x.shares.municipality ?? 0))).toEqual([
      55, 57, 57,
    ]);
    expect(
      [r.light, r.full_start, r.full].map((x) => wholePercent(x.shares.housing_corporation ?? 0)),
    ).toEqual([0, 13, 26]);
  });

  it("takes the targets preset of each variant", () => {
    const total = (v: typeof r.light) => v.targets.find((t) => t.id === "process.total")?.target;
    expect([total(r.light), total(r.full_start), total(r.full)]).toEqual([150, 300, 400]);
  });

  it("recomputes an edited scenario", () => {
    const s = defaultScenario("Meer vrijwilligers");
    s.variants.light.volunteers = 20;
    expect(computeBusinessCase(s).light.finance.popular.total).toBe(119000 + 10 * 250 * 11);
  });

  it("builds the offer in seed 003's order with the budget and financing tables from the lines", () => {
    const doc = offerDocument(defaultScenario("Kanaleneiland", "Kanaleneiland"), "Coöperatie", "2026-01-05");
    const headings = doc.blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      "1. Waarom",
      "2. Wat",
      "3. Hoe",
      "4. Wat hebben we nodig: onze aanvraag",
      "5. Begroting en financiering",
    ]);
    const table = (id: string) =>
      doc.blocks.find((b) => b.kind === "table" && b.id === id) as {
        rows: { cells: (string | number | null)[] }[];
      };
    expect(table("Begroting").rows.find((r) => r.cells[0] === "TOTAAL")?.cells).toEqual([
      "TOTAAL",
      73000,
      114000,
      114000,
    ]);
    expect(table("Financiering").rows.find((r) => r.cells[0] === "POPULAIRE INVESTERING")?.cells).toEqual([
      "POPULAIRE INVESTERING",
      119000,
      215000,
      242500,
    ]);
  });
});
