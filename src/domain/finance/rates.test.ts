import { describe, expect, it } from "vitest";
import { defaultRates, minimumWageOnJanuaryFirst, ratesForYear } from "./rates";

describe("rates", () => {
  it("defaults to the minimum wage in force on 1 January and € 37", () => {
    expect(defaultRates(2021)).toEqual({ volunteerHourly: 10.8, staffHourly: 37 });
    expect(minimumWageOnJanuaryFirst(2024)).toBe(13.27);
    expect(minimumWageOnJanuaryFirst(2026)).toBe(14.71);
    expect(minimumWageOnJanuaryFirst(2030)).toBe(14.71);
  });

  it("uses the 2019 figure before 2019", () => {
    expect(minimumWageOnJanuaryFirst(2017)).toBe(10.36);
  });

  it("prefers the cooperative's own rates", () => {
    expect(ratesForYear(2021, { volunteerHourly: 11, staffHourly: 37 })).toEqual({
      volunteerHourly: 11,
      staffHourly: 37,
      source: "own",
    });
    expect(ratesForYear(2022, null).source).toBe("default");
  });
});
