import { describe, expect, it } from "vitest";
import { formatImportReport } from "./format-report";

describe("formatImportReport", () => {
  it("lists counts per file in bundle order, then every rejected row", () => {
    const text = formatImportReport({
      applied: false,
      imported: { visits: 2, rooms: 1 },
      unchanged: 3,
      rejected: [
        { file: "visits.csv", line: 7, field: "date", reason: "'31-02-2021' is geen geldige datum" },
      ],
    });
    expect(text.split("\n")).toEqual([
      "Er is niets opgeslagen.",
      "Nieuwe regels die ingelezen zouden worden:",
      "  rooms.csv          1",
      "  visits.csv         2",
      "Al eerder ingelezen (ongewijzigd): 3",
      "Afgewezen: 1",
      "  visits.csv:7 date: '31-02-2021' is geen geldige datum",
      "Verbeter deze regels en lees de bundel opnieuw in, of gebruik --partial om alleen de goede regels op te slaan.",
    ]);
  });
});
