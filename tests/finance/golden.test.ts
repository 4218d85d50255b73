import { describe, expect, it } from "vitest";
import { computeFinance, funderTypeShares, wholePercent } from "../../src/domain/finance/compute-finance";
import { fixtureInput } from "./fixture-csv";
import { expectSeed, SEED003, SEED004 } from "./seeds.golden";

describe("seed 004 (Amsterdam 2021) from its lines", () => {
  for (const e of SEED004) {
    it(`reproduces ${e.rooms.join("+")}`, () => {
      expectSeed(computeFinance(fixtureInput("seed004", e.rooms, 2021)), e);
    });
  }

  it("gives each funder type's share of the formal investment", () => {
    const shares = funderTypeShares(computeFinance(fixtureInput("seed004", ["cjm"], 2021)));
    expect(wholePercent(shares.municipality ?? null)).toBe(50); // 62,500 / 125,500
    expect(wholePercent(shares.housing_corporation ?? null)).toBe(24); // 30,000 / 125,500
    const sum = Object.values(shares).reduce((s, x) => s + (x ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});

describe("seed 003 (Utrecht 2021) from its lines", () => {
  for (const e of SEED003) {
    it(`reproduces ${e.rooms.join("+")}`, () => {
      expectSeed(computeFinance(fixtureInput("seed003", e.rooms, 2021)), e);
    });
  }
});
