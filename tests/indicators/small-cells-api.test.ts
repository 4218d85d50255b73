import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { addUser } from "../../src/domain/auth/add-user";
import type { Role } from "../../src/domain/auth/roles";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
// Clocks in the past (sessions are stamped by the real one): after the year, and in its last quarter.
const NOW = new Date("2026-01-15T10:00:00Z");
const IN_Q4 = new Date("2025-12-10T10:00:00Z");

// Room cjm: twelve residents at the forms hour in February, and one resident — the case —
// at the debt hour on 4 December. Room mb: six at the forms hour in May.
const people = [
  ...Array.from({ length: 12 }, (_, i) => `f${i + 1},cjm,Naam${i + 1},no,`),
  "debt1,cjm,Schuld,yes,",
  ...Array.from({ length: 6 }, (_, i) => `m${i + 1},mb,Mb${i + 1},no,`),
];
const visits = [
  ...Array.from(
    { length: 12 },
    (_, i) => `2025-02-${String(i + 1).padStart(2, "0")},cjm,forms,Formulieren,f${i + 1},,`,
  ),
  "2025-12-04,cjm,debt,Schuldhulp,debt1,,",
  ...Array.from({ length: 6 }, (_, i) => `2025-05-0${i + 1},mb,forms,Formulieren,m${i + 1},,`),
];
const BUNDLE = {
  "rooms.csv":
    "room,name,city,variant,opened\ncjm,Casa Jepie Makandra,Amsterdam,full,2015-01-01\nmb,MultiBron,Amsterdam,full,2015-01-01\n",
  "people.csv": `person,room,first_name,newcomer,since\n${people.join("\n")}\n`,
  "visits.csv": `date,room,activity_type,activity,person,count,first_time\n${visits.join("\n")}\n`,
  "financing.csv":
    "room,year,funder,funder_type,amount\ncjm,2025,Ymere,housing_corporation,5000\nmb,2025,Ymere,housing_corporation,5000\n",
};

describeEachDatabase("small cells for funders and boards over HTTP", (db) => {
  let d: Database;
  const apps: Record<"after" | "inQ4", ReturnType<typeof createApp>> = {} as never;
  const cookies: Record<string, string> = {};
  const getAt = async (at: "after" | "inQ4", who: string, path: string) => {
    const res = await apps[at].request(path, {
      headers: { "x-buurtboek": "1", cookie: cookies[`${at}:${who}`] ?? "" },
    });
    return { status: res.status, body: await res.json() };
  };
  const get = (who: string, path: string) => getAt("after", who, path);

  beforeAll(async () => {
    d = await db();
    const imported = await importBundle({ db: d }, bundleFromCsvTexts(BUNDLE));
    expect(imported.rejected).toEqual([]);
    const [ymere] = await d.query<{ id: number }>("SELECT id FROM funders WHERE name = 'Ymere'");
    const users: [string, Role, string[], number | null][] = [
      ["funder", "funder", [], ymere.id],
      ["board", "board", ["cjm"], null],
      ["coord", "coordinator", ["cjm"], null],
    ];
    for (const [name, role, rooms, funderId] of users)
      await addUser(
        { auth: authRepository(d) },
        { email: `${name}@x.nl`, password: PASSWORD, role, rooms, funderId },
      );
    apps.after = createApp({ db: d, now: () => NOW, secureCookies: false });
    apps.inQ4 = createApp({ db: d, now: () => IN_Q4, secureCookies: false });
    for (const at of ["after", "inQ4"] as const)
      for (const [name] of users) {
        const res = await apps[at].request("/api/login", {
          method: "POST",
          headers: { "content-type": "application/json", "x-buurtboek": "1" },
          body: JSON.stringify({ email: `${name}@x.nl`, password: PASSWORD }),
        });
        expect(res.status, name).toBe(200);
        cookies[`${at}:${name}`] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
      }
  });

  it("refuses a funder and a board a day, a week and a month that straddles two quarters, in Dutch", async () => {
    for (const who of ["funder", "board"]) {
      for (const [from, to] of [
        ["2025-12-04", "2025-12-04"], // the day
        ["2025-11-30", "2025-12-06"], // a week
        ["2025-03-15", "2025-04-14"], // a month across Q1 and Q2
        ["2025-12-01", "2025-12-31"], // a month inside a quarter
        ["2025-01-01", "2025-02-28"], // starts on a quarter, ends inside one
      ]) {
        const r = await get(who, `/api/indicators?rooms=cjm&from=${from}&to=${to}`);
        expect(r.status, `${who} ${from}–${to}`).toBe(400);
        expect(r.body.error.code).toBe("indicators.period_too_fine");
        expect(r.body.error.message).toContain("hele kwartalen");
        expect(JSON.stringify(r.body)).not.toContain('"value"');
      }
    }
    // Nothing is widened behind the caller's back, and the coordinator keeps every period.
    const own = await get("coord", "/api/indicators?rooms=cjm&from=2025-12-04&to=2025-12-04");
    expect(own.status).toBe(200);
    expect(own.body.indicators["process.debt"].value).toBe(1);
  });

  it("refuses a quarter or year that is not over yet, and documents over it, but not the agreement", async () => {
    for (const who of ["funder", "board"]) {
      for (const path of [
        "/api/indicators?rooms=cjm&from=2025-10-01&to=2025-12-31",
        "/api/indicators?rooms=cjm&year=2025",
        "/api/reports/preview?kind=annual&rooms=cjm&year=2025",
        "/api/reports/preview?kind=quarterly&rooms=cjm&year=2025&quarter=4",
      ]) {
        const r = await getAt("inQ4", who, path);
        expect(r.status, `${who} ${path}`).toBe(400);
        expect(r.body.error.code).toBe("indicators.period_not_over");
        expect(r.body.error.message).toContain("1-1-2026");
      }
      const q3 = await getAt(
        "inQ4",
        who,
        "/api/reports/preview?kind=quarterly&rooms=cjm&year=2025&quarter=3",
      );
      expect(q3.status).toBe(200);
      expect(
        (await getAt("inQ4", who, "/api/reports/preview?kind=agreement&rooms=cjm&year=2026")).status,
      ).toBe(200);
    }
    expect(
      (await getAt("inQ4", "coord", "/api/reports/preview?kind=annual&rooms=cjm&year=2025")).status,
    ).toBe(200);
  });

  it("answers a quarter with small counts as '< 5', and shows what is 5 or more", async () => {
    for (const who of ["funder", "board"]) {
      const q4 = await get(who, "/api/indicators?rooms=cjm&from=2025-10-01&to=2025-12-31");
      expect(q4.status).toBe(200);
      expect(q4.body.from).toBe("2025-10-01");
      expect(q4.body.indicators["process.debt"].value).toBe("< 5");
      expect(q4.body.indicators["process.debt"].named).toBe("< 5");
      expect(q4.body.indicators["process.total"].value).toBe("< 5");
      expect(q4.body.indicators["output.newcomers_participating"]).toMatchObject({ value: "< 5", of: "< 5" });
      expect(q4.body.indicators["process.forms"].value).toBe(0);
      const q1 = await get(who, "/api/indicators?rooms=cjm&from=2025-01-01&to=2025-03-31");
      expect(q1.body.indicators["process.forms"].value).toBe(12);
      // Three quarters together are whole quarters too.
      const q13 = await get(who, "/api/indicators?rooms=cjm&from=2025-01-01&to=2025-09-30");
      expect(q13.status).toBe(200);
    }
  });

  it("answers a year: one room's headline figures exact, several rooms together suppressed", async () => {
    const exact = await computeIndicators(
      { indicators: indicatorsRepository(d) },
      { rooms: ["cjm"], from: "2025-01-01", to: "2025-12-31" },
    );
    for (const who of ["funder", "board"]) {
      const year = await get(who, "/api/indicators?rooms=cjm&year=2025");
      expect(year).toEqual({ status: 200, body: exact });
      expect(year.body.indicators["process.debt"].value).toBe(1);
    }
    const both = await get("funder", "/api/indicators?rooms=cjm,mb&year=2025");
    expect(both.status).toBe(200);
    expect(both.body.indicators["process.debt"].value).toBe("< 5");
    expect(both.body.indicators["process.forms"].value).toBe(18);
    // The coordinator's own answer is the report JSON, unchanged.
    const own = await get("coord", "/api/indicators?rooms=cjm&from=2025-10-01&to=2025-12-31");
    expect(own.body.indicators["process.debt"].value).toBe(1);
  });

  it("gives the board a dashboard of whole quarters, suppressed", async () => {
    const board = await getAt("inQ4", "board", "/api/rooms/cjm/dashboard?year=2025");
    expect(board.status).toBe(200);
    // On 10 December the last complete quarter ended on 30 September.
    expect(board.body.as_of).toBe("2025-09-30");
    const forms = board.body.indicators["process.forms"];
    expect(forms.series).toEqual([null, null, 12, null, null, 12, null, null, 12, null, null, null]);
    expect(board.body.indicators["process.debt"].value).toBe(0);
    expect(board.body.growth).toEqual([]);
    expect(board.body.small_cells).toBeDefined();
    const past = await get("board", "/api/rooms/cjm/dashboard?year=2024");
    expect(past.body.as_of).toBe("2024-12-31");
    const coord = await getAt("inQ4", "coord", "/api/rooms/cjm/dashboard?year=2025");
    expect(coord.body.as_of).toBe("2025-12-10");
    // The board's own screen asks the same period for its extras, which is allowed.
    expect(
      (await getAt("inQ4", "board", "/api/indicators?rooms=cjm&from=2025-01-01&to=2025-09-30")).status,
    ).toBe(200);
    expect(coord.body.indicators["process.debt"].value).toBe(1);
    expect(coord.body.small_cells).toBeUndefined();
  });
});
