import { describe, expect, it } from "vitest";
import { addDays, parseDate } from "./dates";

describe("parseDate", () => {
  it("reads both accepted forms", () => {
    expect(parseDate("2021-03-04")).toBe("2021-03-04");
    expect(parseDate("04-03-2021")).toBe("2021-03-04");
    expect(parseDate(" 4-3-2021 ")).toBe("2021-03-04");
  });
  it("refuses what is not a calendar date", () => {
    expect(parseDate("2021-02-30")).toBeNull();
    expect(parseDate("2021/03/04")).toBeNull();
    expect(parseDate("gisteren")).toBeNull();
  });
  it("adds days across a month", () => {
    expect(addDays("2021-02-27", 3)).toBe("2021-03-02");
  });
});
