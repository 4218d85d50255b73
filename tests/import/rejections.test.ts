import { beforeAll, expect, it } from "vitest";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { describeEachDatabase } from "../support/databases";

const BASE = {
  "rooms.csv": "room,name\nr1,Kamer een\nr2,Kamer twee\n",
  "people.csv": "person,room\np1,r1\np2,r2\n",
};

/** [what, file, text, line, field, a word of the reason] — each text holds one valid row and one broken one. */
const CASES: [string, string, string, number, string, string][] = [
  [
    "missing required value",
    "visits.csv",
    "date,room,activity_type\n2021-01-01,r1,social\n,r1,social\n",
    3,
    "date",
    "verplicht",
  ],
  [
    "unparseable date",
    "visits.csv",
    "date,room,activity_type\n2021-01-01,r1,social\n31-02-2021,r1,social\n",
    3,
    "date",
    "geen geldige datum",
  ],
  [
    "unparseable number",
    "hours.csv",
    "date,room,person,hours\n2021-01-01,r1,p1,2\n2021-01-01,r1,p1,twee\n",
    3,
    "hours",
    "geen geldig getal",
  ],
  [
    "unparseable amount",
    "budget.csv",
    "room,year,code,amount\nr1,2021,A1,100\nr1,2021,A2,1.2.\n",
    3,
    "amount",
    "geen geldig bedrag",
  ],
  [
    "unparseable boolean",
    "visits.csv",
    "date,room,activity_type,first_time\n2021-01-01,r1,social,yes\n2021-01-01,r1,social,wel\n",
    3,
    "first_time",
    "ja of nee",
  ],
  [
    "unknown room",
    "visits.csv",
    "date,room,activity_type\n2021-01-01,r1,social\n2021-01-01,r9,social\n",
    3,
    "room",
    "onbekend",
  ],
  [
    "undeclared person",
    "visits.csv",
    "date,room,activity_type,person\n2021-01-01,r1,social,p1\n2021-01-01,r1,social,p9\n",
    3,
    "person",
    "people.csv",
  ],
  ["twice-declared person", "people.csv", "person,room\np1,r1\np1,r2\n", 3, "person", "regel 2"],
  [
    "unknown activity type",
    "visits.csv",
    "date,room,activity_type\n2021-01-01,r1,social\n2021-01-01,r1,sport\n",
    3,
    "activity_type",
    "geen geldige waarde",
  ],
  [
    "unknown hours kind",
    "hours.csv",
    "date,room,person,hours,kind\n2021-01-01,r1,p1,2,\n2021-01-01,r1,p1,2,paid\n",
    3,
    "kind",
    "geen geldige waarde",
  ],
  [
    "unknown role",
    "roles.csv",
    "person,room,role,from\np1,r1,vrijwilliger,2021-01-01\np1,r1,baas,2021-01-01\n",
    3,
    "role",
    "geen geldige waarde",
  ],
  [
    "unknown question",
    "surveys.csv",
    "date,room,survey,question,answer\n2021-01-01,r1,team,score,8\n2021-01-01,r1,team,mood,8\n",
    3,
    "question",
    "geen geldige waarde",
  ],
  [
    "unknown outcome",
    "referrals.csv",
    "date,room,direction,partner,outcome\n2021-01-01,r1,out,GGD,connected\n2021-01-01,r1,out,GGD,done\n",
    3,
    "outcome",
    "geen geldige waarde",
  ],
  [
    "unknown direction",
    "referrals.csv",
    "date,room,direction,partner\n2021-01-01,r1,in,GGD\n2021-01-01,r1,up,GGD\n",
    3,
    "direction",
    "geen geldige waarde",
  ],
  [
    "unknown funder type",
    "financing.csv",
    "room,year,funder,funder_type,amount\nr1,2021,Gemeente,municipality,10\nr1,2021,Bank,bank,10\n",
    3,
    "funder_type",
    "geen geldige waarde",
  ],
  [
    "funder with two types",
    "financing.csv",
    "room,year,funder,funder_type,amount\nr1,2021,Gemeente,municipality,10\nr2,2021,Gemeente,private_fund,10\n",
    3,
    "funder_type",
    "één type",
  ],
  [
    "unknown budget code letter",
    "budget.csv",
    "room,year,code,amount\nr1,2021,A1,100\nr1,2021,F1,100\n",
    3,
    "code",
    "letter A tot en met E",
  ],
  [
    "unknown placement type",
    "placements.csv",
    "person,room,type,start\np1,r1,internship,2021-01-01\np1,r1,job,2021-01-01\n",
    3,
    "type",
    "geen geldige waarde",
  ],
  [
    "unknown outcome kind",
    "outcomes.csv",
    "date,room,person,kind\n2021-01-01,r1,p1,paid_work\n2021-01-01,r1,p1,school\n",
    3,
    "kind",
    "geen geldige waarde",
  ],
  [
    "unknown impact kind",
    "impacts.csv",
    "date,room,kind,value\n2021-01-01,r1,evictions,1\n2021-01-01,r1,crime,1\n",
    3,
    "kind",
    "geen geldige waarde",
  ],
  [
    "unknown indicator",
    "targets.csv",
    "room,year,indicator,target\nr1,2021,process.total,300\nr1,2021,process.fun,3\n",
    3,
    "indicator",
    "geen geldige waarde",
  ],
  [
    "unknown variant",
    "rooms.csv",
    "room,name,variant\nr1,Een,light\nr2,Twee,full\nr3,Drie,medium\n",
    4,
    "variant",
    "geen geldige waarde",
  ],
  [
    "role ends before it starts",
    "roles.csv",
    "person,room,role,from,to\np1,r1,lid,2021-01-01,\np1,r1,lid,2021-02-01,2021-01-31\n",
    3,
    "to",
    "voor",
  ],
  [
    "key returned before issued",
    "keys.csv",
    "key,room,person,issued,returned\nK1,r1,p1,2021-01-01,2021-01-01\nK2,r1,p1,2021-02-01,2021-01-01\n",
    3,
    "returned",
    "voor",
  ],
  [
    "placement ends before start",
    "placements.csv",
    "person,room,type,start,end\np1,r1,internship,2021-01-01,\np1,r1,internship,2021-03-01,2021-02-01\n",
    3,
    "end",
    "voor",
  ],
  [
    "negative hours",
    "hours.csv",
    "date,room,person,hours\n2021-01-01,r1,p1,2\n2021-01-01,r1,p1,-1\n",
    3,
    "hours",
    "negatief",
  ],
  [
    "hours over 24",
    "hours.csv",
    "date,room,person,hours\n2021-01-01,r1,p1,24\n2021-01-01,r1,p1,25\n",
    3,
    "hours",
    "24 uur",
  ],
  [
    "negative count",
    "visits.csv",
    "date,room,activity_type,count\n2021-01-01,r1,social,2\n2021-01-01,r1,social,-2\n",
    3,
    "count",
    "negatief",
  ],
  [
    "negative evictions",
    "impacts.csv",
    "date,room,kind,value\n2021-01-01,r1,evictions,1\n2021-01-01,r1,evictions,-1\n",
    3,
    "value",
    "negatief",
  ],
  [
    "score above 10",
    "surveys.csv",
    "date,room,survey,question,answer\n2021-01-01,r1,team,score,10\n2021-01-01,r1,team,score,11\n",
    3,
    "answer",
    "1 tot en met 10",
  ],
  [
    "score below 1",
    "surveys.csv",
    "date,room,survey,question,answer\n2021-01-01,r1,team,score,1\n2021-01-01,r1,team,score,0\n",
    3,
    "answer",
    "1 tot en met 10",
  ],
  [
    "yes/no answer that is neither",
    "surveys.csv",
    "date,room,survey,question,answer\n2021-01-01,r1,participants,confidence,ja\n2021-01-01,r1,participants,confidence,8\n",
    3,
    "answer",
    "ja of nee",
  ],
  [
    "second rates row for a year",
    "rates.csv",
    "year,volunteer_hourly,staff_hourly\n2021,11,37\n2021,12,37\n",
    3,
    "year",
    "regel 2",
  ],
  [
    "rate of zero",
    "rates.csv",
    "year,volunteer_hourly,staff_hourly\n2021,11,37\n2022,0,37\n",
    3,
    "volunteer_hourly",
    "groter dan 0",
  ],
  [
    "second plan row for room and year",
    "plan.csv",
    "room,year,volunteer_hours,staff_unpaid_hours\nr1,2021,100,10\nr1,2021,200,10\n",
    3,
    "year",
    "regel 2",
  ],
  [
    "second audit for room and year",
    "audits.csv",
    "room,year,result\nr1,2021,positive\nr1,2021,negative\n",
    3,
    "year",
    "regel 2",
  ],
  [
    "second target for room, year and indicator",
    "targets.csv",
    "room,year,indicator,target\nr1,2021,process.total,300\nr1,2021,process.total,400\n",
    3,
    "indicator",
    "regel 2",
  ],
  [
    "target neither number nor too_early",
    "targets.csv",
    "room,year,indicator,target\nr1,2021,process.total,300\nr1,2021,process.jobs,veel\n",
    3,
    "target",
    "too_early",
  ],
  [
    "year that is no year",
    "memberships.csv",
    "person,room,year\np1,r1,2021\np1,r1,21\n",
    3,
    "year",
    "jaartal",
  ],
  ["room declared twice", "rooms.csv", "room,name\nr1,Een\nr2,Twee\nr1,Nog een\n", 4, "room", "regel 2"],
];

describeEachDatabase("import: every broken case is reported with file, line and field", (db) => {
  beforeAll(async () => {
    await db();
  });
  it.each(CASES)("%s", async (_what, file, text, line, field, word) => {
    const d = await db();
    const report = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, [file]: text }), {
      dryRun: true,
    });
    expect(report.applied).toBe(false);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ file, line, field });
    expect(report.rejected[0].reason).toContain(word);
    // The valid row of the same file is still counted as importable.
    const name = file.replace(".csv", "");
    expect(report.imported[name]).toBeGreaterThanOrEqual(1);
  });

  it("counts lines as an editor does after a quoted newline", async () => {
    const d = await db();
    const visits =
      'date,room,activity_type,activity\n2021-01-01,r1,social,"Koffie\nen thee"\n2021-01-02,r1,social,x\n2021-01-03,r1,sport,x\n';
    const report = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, "visits.csv": visits }), {
      dryRun: true,
    });
    expect(report.rejected).toMatchObject([{ file: "visits.csv", line: 5, field: "activity_type" }]);
  });

  it("reports a missing rooms.csv", async () => {
    const d = await db();
    const report = await importBundle(
      { db: d },
      bundleFromCsvTexts({ "visits.csv": "date,room,activity_type\n" }),
    );
    expect(report.applied).toBe(false);
    expect(report.rejected[0]).toMatchObject({ file: "rooms.csv", field: "" });
  });

  it("stored nothing in all these checks", async () => {
    const d = await db();
    expect(await d.query("SELECT id FROM rooms")).toEqual([]);
    expect(await d.query("SELECT key FROM import_keys")).toEqual([]);
  });
});
