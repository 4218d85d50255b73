import { beforeAll, expect, it } from "vitest";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { readBundle } from "../../src/domain/import/read-bundle";
import { describeEachDatabase } from "../support/databases";

const EXAMPLE = "tests/fixtures/bundles/example";

async function counts(db: { query: <T>(s: string) => Promise<T[]> }) {
  const tables = [
    "rooms",
    "people",
    "activities",
    "visits",
    "hours",
    "stages",
    "keys",
    "memberships",
    "partners",
    "referrals",
    "placements",
    "outcomes",
    "survey_answers",
    "impacts",
    "targets",
    "budget_lines",
    "funders",
    "contributions",
    "plans",
    "rates",
    "audits",
  ];
  const out: Record<string, number> = {};
  for (const t of tables)
    out[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return out;
}

describeEachDatabase("import: the example bundle", (db) => {
  beforeAll(async () => {
    await db();
  });
  it("imports every file, and a second time changes nothing", async () => {
    const d = await db();
    const bundle = await readBundle(EXAMPLE);
    const first = await importBundle({ db: d }, bundle);
    expect(first.rejected).toEqual([]);
    expect(first.applied).toBe(true);
    expect(first.imported).toEqual({
      rooms: 2,
      people: 4,
      visits: 6,
      hours: 4,
      roles: 3,
      keys: 2,
      memberships: 3,
      referrals: 3,
      placements: 2,
      outcomes: 1,
      surveys: 4,
      impacts: 2,
      targets: 3,
      budget: 5,
      financing: 3,
      plan: 2,
      rates: 1,
      audits: 2,
    });
    const after = await counts(d);
    expect(after).toMatchObject({ rooms: 2, people: 4, activities: 4, visits: 6, partners: 2, funders: 3 });
    const second = await importBundle({ db: d }, bundle);
    expect(second.applied).toBe(true);
    expect(Object.values(second.imported).every((n) => n === 0)).toBe(true);
    expect(second.unchanged).toBe(Object.values(first.imported).reduce((a, b) => a + b, 0));
    expect(await counts(d)).toEqual(after);
  });

  it("stores values as the rules read them", async () => {
    const d = await db();
    const budget = await d.query<{ code: string; amount: number; indirect: boolean }>(
      "SELECT code, amount, indirect FROM budget_lines WHERE room_id = 'cjm' ORDER BY code",
    );
    expect(budget).toEqual([
      { code: "A1", amount: 34500, indirect: false },
      { code: "A3", amount: 7320, indirect: true },
      { code: "B1", amount: 29000, indirect: false },
      { code: "E2", amount: 1250.5, indirect: true },
    ]);
    const [room] = await d.query<{ opened: string; variant: string }>(
      "SELECT opened, variant FROM rooms WHERE id = 'top'",
    );
    expect(room).toEqual({ opened: "2020-09-01", variant: "light" });
    const [t] = await d.query<{ target: number | null; too_early: boolean }>(
      "SELECT target, too_early FROM targets WHERE room_id = 'top'",
    );
    expect(t).toEqual({ target: null, too_early: true });
    const anon = await d.query<{ count: number; first_time: boolean; name: string }>(
      `SELECT v.count, v.first_time, a.name FROM visits v JOIN activities a ON a.id = v.activity_id
        WHERE v.person_id IS NULL ORDER BY v.count`,
    );
    expect(anon).toEqual([
      { count: 3, first_time: false, name: "Klussendienst" },
      { count: 6, first_time: true, name: "Babbeluur" },
    ]);
    const [h] = await d.query<{ hours: number }>(
      "SELECT hours FROM hours WHERE activity = 'Formulierenbrigade'",
    );
    expect(h.hours).toBe(2.5);
    const log = await d.query<{ details: { imported: Record<string, number> } }>(
      "SELECT details FROM audit_log WHERE action = 'import' ORDER BY id",
    );
    expect(log.length).toBe(2);
    expect(log[0].details.imported.visits).toBe(6);
  });
});

describeEachDatabase("import: rejected rows", (db) => {
  beforeAll(async () => {
    await db();
  });
  const base = {
    "rooms.csv": "room,name\nr1,Kamer een\n",
    "people.csv": "person,room\np1,r1\n",
  };
  it("reports file, line and field and stores nothing by default", async () => {
    const d = await db();
    const bundle = bundleFromCsvTexts({
      ...base,
      "visits.csv": 'date,room,activity_type,person\n2021-01-01,r1,social,p1\n"31-02-2021",r1,social,p1\n',
    });
    const report = await importBundle({ db: d }, bundle);
    expect(report.applied).toBe(false);
    expect(report.rejected).toEqual([
      {
        file: "visits.csv",
        line: 3,
        field: "date",
        reason: "'31-02-2021' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)",
      },
    ]);
    expect(await d.query("SELECT id FROM rooms")).toEqual([]);
  });
});
