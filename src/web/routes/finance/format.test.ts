import { describe, expect, it } from "vitest";
import { euro, parseAmount, pct } from "./format";

describe("finance screen formats", () => {
  it("reads amounts as Dutch people type them", () => {
    expect(parseAmount("35.460")).toBe(35460);
    expect(parseAmount("1.234,56")).toBe(1234.56);
    expect(parseAmount("1,234.56")).toBe(1234.56);
    expect(parseAmount("12,5")).toBe(12.5);
    expect(parseAmount("€ 250")).toBe(250);
    expect(parseAmount("-10")).toBe(-10);
    expect(parseAmount("abc")).toBeNaN();
  });

  it("prints euros and whole percents as the seeds do", () => {
    expect(euro(125568)).toBe("€ 125.568");
    expect(euro(250.5)).toBe("€ 250,50");
    expect(pct(0.379)).toBe("38%");
    expect(pct(null)).toBe("–");
  });
});
