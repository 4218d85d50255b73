import { describe, expect, it } from "vitest";
import { computeFinance } from "./compute-finance";

const rates = { volunteerHourly: 11, staffHourly: 37 };
const empty = {
  year: 2021,
  lines: [],
  contributions: [],
  hours: { volunteer: 0, staffUnpaid: 0 },
  plans: [],
  rates,
};

describe("computeFinance", () => {
  it("gives null ratios, balance and planned investment when there is nothing to compute from", () => {
    const r = computeFinance({ ...empty, rooms: ["a"] });
    expect(r.ratios).toEqual({ sroi: null, people: null, overhead: null });
    expect(r.financing).toEqual({ by_type: {}, formal: 0, balance: null });
    expect(r.popular).toEqual({ volunteer_value: 0, staff_value: 0, total: 0, formal_share: null });
    expect(r.popular_planned).toBeNull();
  });

  it("uses the indirect flag of the lines for overhead, not the code", () => {
    const r = computeFinance({
      ...empty,
      rooms: ["a"],
      lines: [
        { roomId: "a", code: "A1", amount: 900, indirect: false },
        { roomId: "a", code: "A3", amount: 50, indirect: false },
        { roomId: "a", code: "C1", amount: 50, indirect: true },
      ],
    });
    expect(r.costs.indirect).toBe(50);
    expect(r.ratios.overhead).toBe(0.05);
  });

  it("adds cents exactly and leaves out other rooms and requested money", () => {
    const r = computeFinance({
      ...empty,
      rooms: ["a"],
      lines: [
        { roomId: "a", code: "D1", amount: 0.1, indirect: false },
        { roomId: "a", code: "D2", amount: 0.2, indirect: false },
        { roomId: "b", code: "D2", amount: 1000, indirect: false },
      ],
      contributions: [
        { roomId: "a", funderType: "municipality", amount: 0.3, status: "granted" },
        { roomId: "a", funderType: "private_fund", amount: 500, status: "requested" },
        { roomId: "b", funderType: "municipality", amount: 700 },
      ],
    });
    expect(r.costs.D).toBe(0.3);
    expect(r.financing).toEqual({ by_type: { municipality: 0.3 }, formal: 0.3, balance: 0 });
  });

  it("values registered hours and planned hours separately", () => {
    const r = computeFinance({
      ...empty,
      rooms: ["a", "b"],
      contributions: [{ roomId: "a", funderType: "municipality", amount: 1000 }],
      hours: { volunteer: 10.5, staffUnpaid: 2 },
      plans: [{ roomId: "b", volunteerHours: 100, staffUnpaidHours: 0 }],
    });
    expect(r.popular).toEqual({
      volunteer_value: 115.5,
      staff_value: 74,
      total: 1189.5,
      formal_share: 1000 / 1189.5,
    });
    expect(r.popular_planned).toEqual({
      volunteer_value: 1100,
      staff_value: 0,
      total: 2100,
      formal_share: 1000 / 2100,
    });
    expect(r.rooms).toEqual(["a", "b"]);
  });
});
