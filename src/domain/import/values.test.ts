import { describe, expect, it } from "vitest";
import { parseAmountCell, parseBoolCell, parseDateCell, parseNumberCell } from "./values";

const value = <T>(p: { ok: true; value: T } | { ok: false; reason: string }) => (p.ok ? p.value : p.reason);

describe("import values", () => {
  it("reads euro amounts with either grouping", () => {
    for (const [text, n] of [
      ["1.234,56", 1234.56],
      ["1,234.56", 1234.56],
      ["1234.56", 1234.56],
      ["1.234", 1234],
      ["1,234", 1234],
      ["1 234,5", 1234.5],
      ["€ 12,50", 12.5],
      ["-250", -250],
      ["1.234.567,8", 1234567.8],
      ["0,5", 0.5],
    ] as const) {
      expect(value(parseAmountCell(text)), text).toBe(n);
    }
    for (const bad of ["", "abc", "1,,2", "12,", "1.2.", "--1"])
      expect(parseAmountCell(bad).ok, bad).toBe(false);
    expect(value(parseAmountCell(1234.5))).toBe(1234.5);
  });

  it("reads other numbers without grouping", () => {
    expect(value(parseNumberCell("2,5"))).toBe(2.5);
    expect(value(parseNumberCell("2.5"))).toBe(2.5);
    expect(parseNumberCell("1.234,5").ok).toBe(false);
    expect(parseNumberCell("x").ok).toBe(false);
  });

  it("reads booleans and dates", () => {
    expect(value(parseBoolCell("Ja"))).toBe(true);
    expect(value(parseBoolCell("0"))).toBe(false);
    expect(parseBoolCell("misschien").ok).toBe(false);
    expect(value(parseDateCell("05-03-2021"))).toBe("2021-03-05");
    expect(value(parseDateCell(new Date(Date.UTC(2021, 2, 5))))).toBe("2021-03-05");
    expect(parseDateCell("31-02-2021")).toEqual({
      ok: false,
      reason: "'31-02-2021' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)",
    });
  });
});
