import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { exportBundle } from "../../src/domain/import/export-bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { readBundle } from "../../src/domain/import/read-bundle";
import { describeEachDatabase, freshDatabase } from "../support/databases";

const BASE = {
  "rooms.csv": "room,name\nr1,Kamer een\n",
  "people.csv": "person,room,first_name\np1,r1,Ali\np2,r1,Bea\n",
};
const VISITS =
  "date,room,activity_type,person,count\n2021-01-01,r1,social,p1,\n2021-01-01,r1,social,,4\n2021-01-02,r1,social,p9,\n";

const n = async (d: { query: <T>(s: string) => Promise<T[]> }, sql: string) =>
  (await d.query<{ n: number }>(sql))[0].n;

describeEachDatabase("import: partial, dry run, idempotency, erased persons", (db) => {
  beforeAll(async () => {
    await db();
  });
  it("dry run checks and counts but stores nothing", async () => {
    const d = await db();
    const report = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, "visits.csv": VISITS }), {
      dryRun: true,
      partial: true,
    });
    expect(report.applied).toBe(false);
    expect(report.imported).toMatchObject({ rooms: 1, people: 2, visits: 2 });
    expect(report.rejected).toMatchObject([{ file: "visits.csv", line: 4, field: "person" }]);
    expect(await n(d, "SELECT count(*)::int AS n FROM rooms")).toBe(0);
    expect(await n(d, "SELECT count(*)::int AS n FROM audit_log")).toBe(0);
  });

  it("partial stores the valid rows and still reports the rejected ones", async () => {
    const d = await db();
    const progress: number[] = [];
    const report = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, "visits.csv": VISITS }), {
      partial: true,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(report.applied).toBe(true);
    expect(report.imported).toEqual({ rooms: 1, people: 2, visits: 2 });
    expect(report.rejected).toHaveLength(1);
    expect(await n(d, "SELECT count(*)::int AS n FROM visits")).toBe(2);
    expect(progress.at(-1)).toBe(1);
    const [log] = await d.query<{ details: Record<string, unknown> }>(
      "SELECT details FROM audit_log WHERE action = 'import'",
    );
    expect(log.details).toEqual({
      imported: { rooms: 1, people: 2, visits: 2 },
      unchanged: 0,
      rejected: 1,
      partial: true,
    });
    expect(JSON.stringify(log.details)).not.toContain("Ali");
  });

  it("a second import changes nothing; an edited bundle adds only its new rows", async () => {
    const d = await db();
    const good = VISITS.replace("p9", "p2");
    const first = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, "visits.csv": good }));
    // rooms and people and two visits were stored by the partial import above.
    expect(first.imported).toEqual({ rooms: 0, people: 0, visits: 1 });
    expect(first.unchanged).toBe(5);
    const again = await importBundle({ db: d }, bundleFromCsvTexts({ ...BASE, "visits.csv": good }));
    expect(again.imported).toEqual({ rooms: 0, people: 0, visits: 0 });
    expect(again.unchanged).toBe(6);
    // Two identical rows are two visits; the edited bundle repeats one more and changes a name.
    const edited = `${good}2021-01-01,r1,social,,4\n`;
    const people = BASE["people.csv"].replace("Bea", "Beatrix");
    const third = await importBundle(
      { db: d },
      bundleFromCsvTexts({ ...BASE, "people.csv": people, "visits.csv": edited }),
    );
    expect(third.imported).toEqual({ rooms: 0, people: 1, visits: 1 });
    expect(await n(d, "SELECT count(*)::int AS n FROM visits")).toBe(4);
    expect(await n(d, "SELECT count(*)::int AS n FROM people")).toBe(2);
    const [bea] = await d.query<{ first_name: string }>("SELECT first_name FROM people WHERE ref = 'p2'");
    expect(bea.first_name).toBe("Beatrix");
  });

  it("keeps an erased person erased", async () => {
    const d = await db();
    await d.query("UPDATE people SET ref = NULL, first_name = NULL, erased_at = now() WHERE ref = 'p1'");
    const visitsBefore = await n(d, "SELECT count(*)::int AS n FROM visits");
    const report = await importBundle(
      { db: d },
      bundleFromCsvTexts({
        ...BASE,
        "visits.csv": "date,room,activity_type,person\n2021-03-01,r1,forms,p1\n",
        "hours.csv": "date,room,person,hours\n2021-03-01,r1,p1,2\n",
        "roles.csv": "person,room,role,from\np1,r1,vrijwilliger,2021-03-01\n",
      }),
    );
    expect(report.rejected).toEqual([]);
    expect(await n(d, "SELECT count(*)::int AS n FROM people WHERE ref = 'p1' OR first_name = 'Ali'")).toBe(
      0,
    );
    expect(await n(d, "SELECT count(*)::int AS n FROM visits")).toBe(visitsBefore + 1);
    expect(await d.query("SELECT person_id FROM visits WHERE activity_type = 'forms'")).toEqual([
      { person_id: null },
    ]);
    expect(await d.query("SELECT person_id, hours FROM hours")).toEqual([{ person_id: null, hours: 2 }]);
    // The roles.csv row names no one any more: not entered (the ladder derives what facts there are).
    expect(await n(d, "SELECT count(*)::int AS n FROM stage_entries")).toBe(0);
    // The export shows the erased person anonymously, never by their old reference.
    const files = await exportBundle({ db: d });
    expect(files["people.csv"]).not.toContain("p1,");
    expect(files["hours.csv"]).toContain("2021-03-01,r1,-,2,volunteer,");
    expect(files["visits.csv"]).toContain("2021-03-01,r1,forms,,,1,no");
  });
});

describeEachDatabase("import: workbooks and Dutch Excel CSV", (db) => {
  beforeAll(async () => {
    await db();
  });
  const dir = mkdtemp(join(tmpdir(), "buurtboek-xlsx-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it("reads an .xlsx workbook with typed cells, one sheet per file", async () => {
    const wb = new ExcelJS.Workbook();
    const rooms = wb.addWorksheet("rooms");
    rooms.addRow(["room", "name", "opened"]);
    rooms.addRow(["x1", "Kamer X", new Date(Date.UTC(2020, 8, 1))]);
    const people = wb.addWorksheet("people");
    people.addRow(["person", "room", "newcomer"]);
    people.addRow(["px", "x1", true]);
    const visits = wb.addWorksheet("visits");
    visits.addRow(["date", "room", "activity_type", "person", "count"]);
    visits.addRow([new Date(Date.UTC(2021, 4, 3)), "x1", "language", "px", 1]);
    visits.addRow(["04-05-2021", "x1", "language", null, 3]);
    visits.addRow(["2021-05-32", "x1", "language", null, 3]);
    const budget = wb.addWorksheet("budget");
    budget.addRow(["room", "year", "code", "amount"]);
    budget.addRow(["x1", 2021, "C1", 1234.56]);
    budget.addRow(["x1", 2021, "C2", "1.234,5"]);
    const file = join(await dir, "bundel.xlsx");
    await wb.xlsx.writeFile(file);

    const bundle = await readBundle(file);
    expect(Object.keys(bundle).sort()).toEqual(["budget", "people", "rooms", "visits"]);
    const d = await db();
    const report = await importBundle({ db: d }, bundle, { partial: true });
    expect(report.rejected).toEqual([
      {
        file: "bundel.xlsx#visits",
        line: 4,
        field: "date",
        reason: "'2021-05-32' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)",
      },
    ]);
    expect(await d.query("SELECT opened FROM rooms WHERE id = 'x1'")).toEqual([{ opened: "2020-09-01" }]);
    expect(await d.query("SELECT newcomer FROM people WHERE ref = 'px'")).toEqual([{ newcomer: true }]);
    expect(await d.query("SELECT date, count FROM visits WHERE room_id = 'x1' ORDER BY date")).toEqual([
      { date: "2021-05-03", count: 1 },
      { date: "2021-05-04", count: 3 },
    ]);
    expect(await d.query("SELECT code, amount FROM budget_lines WHERE room_id = 'x1' ORDER BY code")).toEqual(
      [
        { code: "C1", amount: 1234.56 },
        { code: "C2", amount: 1234.5 },
      ],
    );
  });

  it("reads semicolon CSV with a BOM and Dutch amounts", async () => {
    const d = await db();
    const bundle = bundleFromCsvTexts({
      "rooms.csv": '\ufeffroom;name;city\ny1;Kamer Y;"Utrecht; Zuilen"\r\n',
      "budget.csv":
        '\ufeffroom;year;code;amount;indirect\r\ny1;2021;A1;1.234,56;\r\ny1;2021;A3;12.000;\r\ny1;2021;B1;"1,234.56";ja\r\n',
      "hours.csv": "\ufeffdate;room;person;hours\r\n",
    });
    const report = await importBundle({ db: d }, bundle);
    expect(report.rejected).toEqual([]);
    expect(
      await d.query("SELECT code, amount, indirect FROM budget_lines WHERE room_id = 'y1' ORDER BY code"),
    ).toEqual([
      { code: "A1", amount: 1234.56, indirect: false },
      { code: "A3", amount: 12000, indirect: true },
      { code: "B1", amount: 1234.56, indirect: true },
    ]);
    expect(await d.query("SELECT city FROM rooms WHERE id = 'y1'")).toEqual([{ city: "Utrecht; Zuilen" }]);
  });
});

describeEachDatabase("export → import → export", (db) => {
  beforeAll(async () => {
    await db();
  });
  it("gives identical files", async () => {
    const d = await db();
    const report = await importBundle({ db: d }, await readBundle("tests/fixtures/bundles/example"));
    expect(report.rejected).toEqual([]);
    // Rows the example lacks: an erased person's hours and a person without a reference.
    await d.query(
      "INSERT INTO people (ref, home_room, first_name, erased_at) VALUES (NULL, 'cjm', NULL, now()), (NULL, 'top', 'Zonder', NULL)",
    );
    await d.query(
      `INSERT INTO hours (room_id, date, person_id, hours)
       SELECT 'cjm', '2021-04-01', id, 1.25 FROM people WHERE erased_at IS NOT NULL`,
    );
    await d.query(
      `INSERT INTO stage_entries (room_id, from_date, person_id, stage)
       SELECT 'cjm', '2021-04-01', id, 'lid' FROM people WHERE erased_at IS NOT NULL`,
    );
    const first = await exportBundle({ db: d });
    // The 18 files of INTERCHANGE, the ladder's facts (board_seats, contracts, allowances) and activities.
    expect(Object.keys(first)).toHaveLength(22);
    // Derived stages are not exported: the example's roles.csv rows are what comes back.
    expect(first["roles.csv"].trim().split("\n").length).toBe(
      (
        await d.query(
          "SELECT 1 FROM stage_entries s JOIN people p ON p.id = s.person_id WHERE p.erased_at IS NULL",
        )
      ).length + 1,
    );
    expect(first["hours.csv"]).toContain("2021-04-01,cjm,-,1.25,volunteer,");
    expect(first["people.csv"]).toMatch(/buurtboek-\d+,top,Zonder/);
    const other = await freshDatabase(d.kind);
    try {
      const again = await importBundle({ db: other }, bundleFromCsvTexts(first));
      expect(again.rejected).toEqual([]);
      expect(await exportBundle({ db: other })).toEqual(first);
    } finally {
      await other.close();
    }
  }, 120_000);
});
