import { describe, expect, it } from "vitest";
import { bundleFromCsvTexts } from "./bundle";
import { parseCsv, writeCsv } from "./csv";

describe("csv", () => {
  it("counts lines as an editor does, also after a quoted newline", () => {
    const recs = parseCsv('a,b\r\n1,"x\ny"\n\n2,"he said ""hi"""\n3,z');
    expect(recs).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "x\ny"] },
      { line: 5, cells: ["2", 'he said "hi"'] },
      { line: 6, cells: ["3", "z"] },
    ]);
  });

  it("detects semicolons and drops a BOM", () => {
    const b = bundleFromCsvTexts({ "budget.csv": "\ufeffRoom;Year;Amount\nr1;2021;1.234,56\n" });
    expect(b.budget.rows).toEqual([{ line: 2, values: { room: "r1", year: "2021", amount: "1.234,56" } }]);
  });

  it("writes what it reads", () => {
    const text = writeCsv(
      ["a", "b"],
      [
        ["x,y", 'q"'],
        ["", " s"],
      ],
    );
    expect(parseCsv(text).map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["x,y", 'q"'],
      ["", " s"],
    ]);
  });
});
