import { describe, expect, it } from "vitest";
import { computeMultiYear, type MultiYearPlan } from "../../src/domain/planning/multi-year-plan";

// Seed 002: Amsterdam, reference 2017 and 2018–2020.
const seed002: MultiYearPlan = {
  name: "Amsterdam 2018-2020",
  scope: "Amsterdam",
  referenceYear: 2017,
  existing: {
    label: "Bestaande drie buurtwerkkamers in Zuidoost",
    rooms: 3,
    costs: [285000, 303000, 303000, 303000],
  },
  newRooms: [
    {
      label: "Extra buurtwerkkamer in KG-buurt Zuidoost",
      startYear: 2018,
      variant: "full",
      costFirstYear: 109000,
      costAfter: 101000,
    },
    {
      label: "Amsterdam Nieuw West",
      startYear: 2018,
      variant: "full",
      costFirstYear: 109000,
      costAfter: 101000,
    },
    { label: "Amsterdam Noord", startYear: 2019, variant: "full", costFirstYear: 109000, costAfter: 101000 },
  ],
  volunteers: [90, 110, 130, 150],
  participants: [1100, 1300, 1500, 1700],
  financing: {
    housing_corporation: [80000, 120000, 130000, 130000],
    benefit_agency: [15000, 25000, 30000, 30000],
    private_fund: [10000, 55000, 30000, 20000],
    own_income: [6000, 10000, 12000, 12000],
    municipality: [174000, 311000, 412000, 422000],
  },
};

describe("multi-year plan (seed 002)", () => {
  const f = computeMultiYear(seed002);
  it("reproduces the cost table from its rows", () => {
    expect(f.years).toEqual([2017, 2018, 2019, 2020]);
    expect(f.rooms).toEqual([3, 5, 6, 6]);
    expect(f.costRows[3].costs).toEqual([0, 0, 109000, 101000]);
    expect(f.totalCosts).toEqual([285000, 521000, 614000, 606000]);
    expect(f.costPerRoom).toEqual([95000, 104200, 102333, 101000]);
  });
  it("adds up the financing and shows where it disagrees with the costs", () => {
    expect(f.totalFinancing).toEqual([285000, 521000, 614000, 614000]);
    // The seed's 2020 financing column adds up to € 614,000 against € 606,000 of costs.
    expect(f.balance).toEqual([0, 0, 0, 8000]);
  });
});
