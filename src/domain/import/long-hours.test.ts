import { describe, expect, it } from "vitest";
import { bundleFromCsvTexts } from "./bundle";
import { longHoursRows } from "./long-hours";

describe("longHoursRows", () => {
  it("names the hours.csv rows over 16 hours on a day, with a Dutch comma too", () => {
    const bundle = bundleFromCsvTexts({
      "hours.csv":
        "date;room;person;hours\n2021-01-01;cjm;p1;16\n2021-01-02;cjm;p1;16,5\n2021-01-03;cjm;p1;30\n",
    });
    // 30 is rejected by the import itself (more than 24): not asked about.
    expect(longHoursRows(bundle)).toEqual([{ file: "hours.csv", line: 3, hours: 16.5 }]);
  });
  it("finds nothing without hours.csv", () => {
    expect(longHoursRows(bundleFromCsvTexts({ "rooms.csv": "room,name\ncjm,CJM\n" }))).toEqual([]);
  });
});
