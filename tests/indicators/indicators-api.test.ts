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
import { BUNDLE } from "./fixture";

const PASSWORD = "een-goed-wachtwoord";
// The app's clock: mid-July 2021, so the 2021 dashboard runs to 15 July (day 196 of 365).
const NOW = new Date("2021-07-15T10:00:00Z");

const ROLES_CSV = `person,room,role,from,to
p1,a,bezoeker,2020-05-01,
p1,a,deelnemer,2021-02-01,
p1,a,vrijwilliger,2021-06-01,
p2,a,deelnemer,2021-03-01,
p4,a,vrijwilliger,2021-01-01,2021-03-01
p4,a,deelnemer,2021-04-01,
p6,c,deelnemer,2021-05-01,
p2,a,sleutelvrijwilliger,2021-08-01,
`;

describeEachDatabase("indicator, target, survey and dashboard routes", (db) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

  const call = (who: string, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", "x-buurtboek": "1", cookie: cookies[who] ?? "" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const get = async (who: string, path: string) => {
    const res = await call(who, "GET", path);
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    d = await db();
    const imported = await importBundle({ db: d }, bundleFromCsvTexts({ ...BUNDLE, "roles.csv": ROLES_CSV }));
    expect(imported.rejected).toEqual([]);
    const [woonstad] = await d.query<{ id: number }>("SELECT id FROM funders WHERE name = 'Woonstad'");
    const auth = authRepository(d);
    const users: [string, Role, string[], number | null][] = [
      ["coord", "coordinator", ["a"], null],
      ["coop", "cooperative", [], null],
      ["board", "board", ["b"], null],
      ["funder", "funder", [], woonstad.id],
      ["desk", "desk", ["a"], null],
    ];
    for (const [name, role, rooms, funderId] of users) {
      await addUser({ auth }, { email: `${name}@x.nl`, password: PASSWORD, role, rooms, funderId });
    }
    app = createApp({ db: d, now: () => NOW, secureCookies: false });
    for (const [name] of users) {
      const res = await call("", "POST", "/api/login", { email: `${name}@x.nl`, password: PASSWORD });
      expect(res.status, name).toBe(200);
      cookies[name] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
  });

  it("gives the report JSON to each role for the rooms it may see", async () => {
    const expected = await computeIndicators(
      { indicators: indicatorsRepository(d) },
      { rooms: ["a"], from: "2021-01-01", to: "2021-12-31", growth: true },
    );
    const own = await get("coord", "/api/indicators?rooms=a&year=2021");
    expect(own).toEqual({ status: 200, body: expected });
    // growth.* for the operator's roles only; a funder gets the indicators of §5.
    expect(Object.keys(own.body.indicators)).toContain("growth.participants");
    const funder = await get("funder", "/api/indicators?rooms=a&year=2020");
    expect(Object.keys(funder.body.indicators).some((k) => k.startsWith("growth."))).toBe(false);
    // Without rooms: every room the user may see.
    expect((await get("coord", "/api/indicators?year=2021")).body.rooms).toEqual(["a"]);
    expect((await get("coop", "/api/indicators?year=2021")).body.rooms).toEqual(["a", "b", "c"]);
    // A board and a funder ask past quarters only (docs/SECURITY.md "Small cells"): 2021 runs on.
    expect((await get("board", "/api/indicators?rooms=b&year=2020")).body.rooms).toEqual(["b"]);
    // The funder contributes to room a only.
    expect((await get("funder", "/api/indicators?year=2020")).body.rooms).toEqual(["a"]);
    const q1 = await get("coop", "/api/indicators?rooms=a&from=2021-01-01&to=2021-03-31");
    expect(q1.body.to).toBe("2021-03-31");
  });

  it("hides rooms outside the user's reach and refuses the desk", async () => {
    expect((await get("coord", "/api/indicators?rooms=a,b&year=2021")).status).toBe(404);
    expect((await get("funder", "/api/indicators?rooms=b&year=2021")).status).toBe(404);
    expect((await get("board", "/api/indicators?rooms=a&year=2021")).status).toBe(404);
    expect((await get("coop", "/api/indicators?rooms=zz&year=2021")).status).toBe(404);
    expect((await get("desk", "/api/indicators?rooms=a&year=2021")).status).toBe(403);
    expect((await get("coop", "/api/indicators?rooms=a&year=20x1")).status).toBe(400);
  });

  it("sets and clears a room's own target", async () => {
    const put = await call("coord", "PUT", "/api/rooms/a/targets/process.forms", { year: 2021, target: 275 });
    expect(put.status).toBe(200);
    let report = (await get("coord", "/api/indicators?rooms=a&year=2021")).body;
    expect(report.indicators["process.forms"]).toMatchObject({ target: 275, target_status: "set" });
    await call("coop", "PUT", "/api/rooms/a/targets/output.members", { year: 2021, target: "too_early" });
    const targets = (await get("board", "/api/rooms/b/targets?year=2021")).body;
    expect(targets.preset).toBe("light");
    const own = (await get("coord", "/api/rooms/a/targets?year=2021")).body.targets;
    const members = own.find((t: { indicator: string }) => t.indicator === "output.members");
    expect(members.preset).toEqual({ target: 100, target_of: null, target_status: "set" });
    expect(members.effective.target_status).toBe("too_early");
    const del = await call("coord", "DELETE", "/api/rooms/a/targets/process.forms?year=2021");
    expect(await del.json()).toEqual({ removed: true });
    report = (await get("coord", "/api/indicators?rooms=a&year=2021")).body;
    expect(report.indicators["process.forms"].target).toBe(200);
    // Refusals: another room, a role that only reads, a bad indicator or value.
    expect(
      (await call("coord", "PUT", "/api/rooms/b/targets/process.forms", { year: 2021, target: 1 })).status,
    ).toBe(404);
    expect(
      (await call("board", "PUT", "/api/rooms/b/targets/process.forms", { year: 2021, target: 1 })).status,
    ).toBe(403);
    const bad = await call("coop", "PUT", "/api/rooms/a/targets/process.fun", { year: 2021, target: 1 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("process.fun");
    const of = await call("coop", "PUT", "/api/rooms/a/targets/process.forms", {
      year: 2021,
      target: 5,
      of: 10,
    });
    expect(of.status).toBe(400);
    expect(
      (await call("coop", "PUT", "/api/rooms/a/targets/process.forms", { year: 2021, target: -1 })).status,
    ).toBe(400);
  });

  it("records surveys and impact interviews that the indicators then count", async () => {
    const before = (await get("coop", "/api/indicators?rooms=c&year=2021")).body.indicators;
    expect(before["impact.confidence"].value).toBeNull();
    const res = await call("coop", "POST", "/api/rooms/c/surveys", {
      date: "2021-07-01",
      survey: "participants",
      responses: [{ confidence: "ja", pleasant_living: "nee" }, { confidence: "nee" }, { confidence: true }],
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ stored: 4 });
    await call("coop", "POST", "/api/rooms/c/surveys", {
      date: "01-07-2021",
      survey: "team",
      responses: [{ score: 9 }],
    });
    await call("coop", "POST", "/api/rooms/c/impacts", { date: "2021-07-02", kind: "evictions", value: 3 });
    const after = (await get("coop", "/api/indicators?rooms=c&year=2021")).body.indicators;
    expect(after["impact.confidence"].value).toBeCloseTo(200 / 3, 10);
    expect(after["impact.pleasant_living"].value).toBe(0);
    expect(after["input.team_score"].value).toBe(9);
    expect(after["impact.evictions"].value).toBe(3);
    const impacts = (await get("coop", "/api/rooms/c/impacts?year=2021")).body.impacts;
    expect(impacts).toMatchObject([
      { roomId: "c", date: "2021-07-02", kind: "evictions", value: 3, note: null },
    ]);

    const bad = await call("coord", "POST", "/api/rooms/a/surveys", {
      date: "2021-07-01",
      survey: "participants",
      responses: [{ confidence: "ja" }, { confidence: "soms" }],
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("responses.2.confidence");
    const future = await call("coord", "POST", "/api/rooms/a/surveys", {
      date: "2021-08-01",
      survey: "team",
      responses: [{ score: 8 }],
    });
    expect((await future.json()).error.message).toContain("toekomst");
    expect(
      (
        await call("coord", "POST", "/api/rooms/c/surveys", {
          date: "2021-07-01",
          survey: "team",
          responses: [{ score: 8 }],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call("coord", "POST", "/api/rooms/a/impacts", {
          date: "2021-07-01",
          kind: "nuisance_pct",
          value: 150,
        })
      ).status,
    ).toBe(400);
  });

  it("takes one anonymous questionnaire from the desk tablet of its own room, dated today", async () => {
    const res = await call("desk", "POST", "/api/rooms/a/surveys/desk", {
      survey: "participants",
      answers: { confidence: "ja", pleasant_living: "ja" },
    });
    expect(res.status).toBe(201);
    const rows = await d.query<{ date: string; answer: string }>(
      "SELECT date, answer FROM survey_answers WHERE room_id = 'a' AND date = '2021-07-15'",
    );
    expect(rows).toEqual([
      { date: "2021-07-15", answer: "yes" },
      { date: "2021-07-15", answer: "yes" },
    ]);
    expect(
      (await call("desk", "POST", "/api/rooms/b/surveys/desk", { survey: "team", answers: { score: 8 } }))
        .status,
    ).toBe(404);
    expect(
      (await call("desk", "POST", "/api/rooms/a/surveys/desk", { survey: "partners", answers: { score: 8 } }))
        .status,
    ).toBe(400);
    expect(
      (await call("coord", "POST", "/api/rooms/a/surveys/desk", { survey: "team", answers: { score: 8 } }))
        .status,
    ).toBe(403);
  });

  it("serves the dashboard: monthly year-to-date series, projection and growth", async () => {
    const { status, body } = await get("coord", "/api/rooms/a/dashboard?year=2021");
    expect(status).toBe(200);
    expect(body.rooms).toEqual(["a"]);
    expect(body.as_of).toBe("2021-07-15");
    expect(body.months[1]).toBe("2021-02-28");
    const total = body.indicators["process.total"];
    // Room a: p1 in January, p2 in March, p4 in April, 4 anonymous first-timers in May.
    expect(total.series).toEqual([1, 1, 2, 3, 7, 7, 7, null, null, null, null, null]);
    expect(total.value).toBe(7);
    // The series is the report itself, month by month.
    const ytd = (await get("coord", "/api/indicators?rooms=a&from=2021-01-01&to=2021-07-15")).body.indicators;
    const may = (await get("coord", "/api/indicators?rooms=a&from=2021-01-01&to=2021-05-31")).body.indicators;
    for (const id of Object.keys(ytd).filter((k) => !k.startsWith("growth."))) {
      expect(body.indicators[id].value, id).toEqual(ytd[id].value);
      expect(body.indicators[id].series[4], id).toEqual(may[id].value);
    }
    expect(total.projection).toBeCloseTo((7 * 365) / 196, 10);
    // Growth on the ladder: every stage, also those nobody reached.
    const growth = (await get("coord", "/api/rooms/a/dashboard/growth?year=2021")).body;
    expect(growth.as_of).toBe("2021-07-15");
    expect(growth.stages.map((s: { stage: string }) => s.stage)).toEqual([
      "bezoeker",
      "deelnemer",
      "lid",
      "vrijwilliger",
      "sleutelvrijwilliger",
      "bestuursvrijwilliger",
      "meewerkend_vrijwilliger",
      "medewerker",
    ]);
    // The board sees small counts as "< 5".
    const board = (await get("board", "/api/rooms/b/dashboard/growth?year=2021")).body;
    for (const s of board.stages)
      for (const k of ["held", "reached", "moved_up", "stopped"]) expect([0, "< 5"]).toContain(s[k]);
    expect(total).toMatchObject({ group: "process", housing: false, target: 400, target_status: "set" });
    // Not cumulative: projected as it stands.
    expect(body.indicators["impact.confidence"].projection).toBe(body.indicators["impact.confidence"].value);
    // The ladder derived from the facts (DOMAIN §10, decision 092): registration, visits,
    // memberships, hours, keys and placements each set a stage; only moves up count.
    expect(body.growth).toEqual([
      { from: "bezoeker", to: "deelnemer", residents: 2 },
      { from: "deelnemer", to: "lid", residents: 1 },
      { from: "deelnemer", to: "vrijwilliger", residents: 1 },
      { from: "lid", to: "vrijwilliger", residents: 1 },
      { from: "sleutelvrijwilliger", to: "medewerker", residents: 1 },
    ]);

    const past = (await get("coop", "/api/dashboard?year=2020")).body;
    expect(past.rooms).toEqual(["a", "b", "c"]);
    expect(past.as_of).toBe("2020-12-31");
    expect(past.indicators["process.debt"].projection).toBe(past.indicators["process.debt"].value);
    expect(past.growth).toEqual([
      { from: null, to: "lid", residents: 1 },
      { from: null, to: "sleutelvrijwilliger", residents: 1 },
      { from: "bezoeker", to: "deelnemer", residents: 1 },
      { from: "lid", to: "sleutelvrijwilliger", residents: 1 },
    ]);
    const future = (await get("coop", "/api/dashboard?year=2022")).body;
    expect(future.as_of).toBeNull();
    expect(future.indicators["process.total"]).toMatchObject({ value: null, projection: null });
    expect((await get("funder", "/api/rooms/a/dashboard?year=2021")).status).toBe(403);
    expect((await get("coord", "/api/dashboard?rooms=b&year=2021")).status).toBe(404);
  });
});
