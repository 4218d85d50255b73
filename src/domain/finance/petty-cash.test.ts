import { describe, expect, it } from "vitest";
import { pettyCashMonths } from "./petty-cash";

describe("petty cash months", () => {
  it("warns for a month above € 250, not at exactly € 250", () => {
    const months = pettyCashMonths([
      { date: "2021-02-03", amount: 200, category: "coffee_tea", receipt: true },
      { date: "2021-02-20", amount: 50.01, category: "office", receipt: false },
      { date: "2021-01-10", amount: 150, category: "catering", receipt: true },
      { date: "2021-01-11", amount: 100, category: "travel", receipt: true },
    ]);
    expect(months).toEqual([
      { month: "2021-01", total: 250, entries: 2, withoutReceipt: 0, overLimit: false },
      { month: "2021-02", total: 250.01, entries: 2, withoutReceipt: 1, overLimit: true },
    ]);
  });
});
