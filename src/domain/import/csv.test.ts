import { describe, expect, it } from "vitest";
import { bundleFromCsvTexts } from "./bundle";
import { CsvReader, parseCsv, writeCsv } from "./csv";

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

  it("reads the same records whatever the chunks are cut at", () => {
    const texts = [
      '\ufeffa;b;c\r\n1;"x\r\ny";z\r\n\r\n2;"he said ""hi""";\r\n3;q"r;s\r\n',
      'a,b\n1,"x\ny"\n\n2,"he said ""hi"""\n3,z',
      'a,b\r1,"open\r\n2,3',
      "only,a,header",
    ];
    for (const text of texts) {
      const whole = parseCsv(text);
      for (const size of [1, 2, 3, 5, 7, 64]) {
        const reader = new CsvReader();
        const got = [];
        for (let i = 0; i < text.length; i += size) got.push(...reader.push(text.slice(i, i + size)));
        got.push(...reader.end());
        expect(got, `chunks of ${size}`).toEqual(whole);
      }
    }
  });
});
