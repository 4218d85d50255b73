import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { referralsRepository } from "../../src/db/referrals.repository";
import { ID_KINDS, type IdKind } from "../../src/db/room-scope.repository";
import type { Role } from "../../src/domain/auth/roles";
import { createReferral } from "../../src/domain/referrals/create-referral";
import { updateReferral } from "../../src/domain/referrals/update-referral";
import { defineRoute, type RouteDef, z } from "../../src/server/route";
import { apiRoutes } from "../../src/server/routes/index";
import { describeEachDatabase } from "../support/databases";
import { request, type SecurityFixture, securityFixture } from "./fixture";

const NONE = 987654321;

/** One row of every id kind in a room, made with the least the schema asks. */
async function rowsIn(db: Database, room: string, name: string): Promise<Record<IdKind, number>> {
  const one = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ id: number }>(sql, params))[0].id;
  const person = await one(
    "INSERT INTO people (ref, home_room, first_name) VALUES ($1, $2, $3) RETURNING id",
    [`ids-${room}`, room, name],
  );
  const activity = await one(
    "INSERT INTO activities (room_id, type, name) VALUES ($1, 'social', 'Ids') RETURNING id",
    [room],
  );
  const partner = await one("INSERT INTO partners (name) VALUES ($1) RETURNING id", [`Partner ${room}`]);
  const funder = await one("INSERT INTO funders (name, type) VALUES ($1, 'municipality') RETURNING id", [
    `Fonds ${room}`,
  ]);
  const helpQuestion = await one(
    "INSERT INTO help_questions (person_id, room_id, date, domains, note) VALUES ($1, $2, current_date, ARRAY['care'], $3) RETURNING id",
    [person, room, `notitie over ${name}`],
  );
  return {
    person,
    personRecord: person,
    activity,
    partner,
    funder,
    helpQuestion,
    visit: await one(
      "INSERT INTO visits (room_id, date, activity_type, activity_id, person_id) VALUES ($1, current_date, 'social', $2, $3) RETURNING id",
      [room, activity, person],
    ),
    hours: await one(
      "INSERT INTO hours (room_id, date, person_id, hours, kind, status) VALUES ($1, current_date, $2, 2, 'volunteer', 'pending') RETURNING id",
      [room, person],
    ),
    referral: await one(
      "INSERT INTO referrals (room_id, date, direction, partner_id, person_id) VALUES ($1, current_date, 'out', $2, $3) RETURNING id",
      [room, partner, person],
    ),
    stage: await one(
      "INSERT INTO stages (person_id, room_id, stage, from_date) VALUES ($1, $2, 'vrijwilliger', current_date) RETURNING id",
      [person, room],
    ),
    placement: await one(
      "INSERT INTO placements (person_id, room_id, type, start_date) VALUES ($1, $2, 'internship', current_date) RETURNING id",
      [person, room],
    ),
    key: await one(
      "INSERT INTO keys (key, room_id, person_id, issued) VALUES ($1, $2, $3, current_date) RETURNING id",
      [`S-${room}`, room, person],
    ),
    shift: await one(
      "INSERT INTO rota (room_id, date, opens, closes, opener_id) VALUES ($1, current_date + 1, '09:00', '12:00', $2) RETURNING id",
      [room, person],
    ),
    group: await one("INSERT INTO volunteer_groups (room_id, name) VALUES ($1, 'Tuingroep') RETURNING id", [
      room,
    ]),
    budgetLine: await one(
      "INSERT INTO budget_lines (room_id, year, code, amount) VALUES ($1, 2026, 'C1', 100) RETURNING id",
      [room],
    ),
    contribution: await one(
      "INSERT INTO contributions (room_id, year, funder_id, amount) VALUES ($1, 2026, $2, 100) RETURNING id",
      [room, funder],
    ),
    actual: await one(
      "INSERT INTO finance_actuals (room_id, date, code, amount) VALUES ($1, current_date, 'C1', 10) RETURNING id",
      [room],
    ),
    pettyCash: await one(
      "INSERT INTO petty_cash_entries (room_id, date, amount, category) VALUES ($1, current_date, 5, 'coffee_tea') RETURNING id",
      [room],
    ),
  };
}

interface Case {
  route: RouteDef;
  field: string;
  kind: IdKind;
  role: Role;
}

/** Path with `field` (if a path field) set to `value`, every other id to the room's own row. */
function pathOf(c: Case, own: Record<IdKind, number>, value: number): string {
  return c.route.path.replace(/:([A-Za-z_]+)/g, (_, p: string) => {
    if (p === "roomId") return "a";
    const kind = c.route.ids?.[`path.${p}`];
    if (`path.${p}` === c.field) return String(value);
    return kind && kind !== "unscoped" ? String(own[kind]) : "1";
  });
}

/** `{a: {b: v}}` for `body.a.b`, `{list: [{c: v}]}` for `body.list[].c`, `{ids: [v]}` for `body.ids`. */
function nest(path: string, value: number): Record<string, unknown> {
  const [head, ...rest] = path.split(".");
  const leaf = head.endsWith("s") && head.endsWith("Ids") ? [value] : head === "ids" ? [value] : value;
  if (head.endsWith("[]"))
    return { [head.slice(0, -2)]: [rest.length ? nest(rest.join("."), value) : value] };
  return { [head]: rest.length ? nest(rest.join("."), value) : leaf };
}

function send(fx: SecurityFixture, c: Case, own: Record<IdKind, number>, value: number) {
  const [where, ...rest] = c.field.split(".");
  let path = pathOf(c, own, value);
  let body: string | undefined;
  if (where === "query") path += `?${rest.join(".")}=${value}`;
  if (where === "body") body = JSON.stringify(nest(rest.join("."), value));
  return request(fx.app, c.route.method.toUpperCase(), path, { cookie: fx.cookies[c.role], body });
}

// Generated from the route registry (src/server/routes/index.ts): every id a route takes — in the
// path, the body or the query — is sent once with a row of another room and once with an id that
// does not exist, for every role allowed. Both must answer the same 404 and show nothing of the
// other room. A new route is covered without a test of its own (decision 150).
describeEachDatabase("room-scoped ids on every route", (getDb) => {
  let fx: SecurityFixture;
  let own: Record<IdKind, number>;
  let other: Record<IdKind, number>;
  const cases: Case[] = [];

  beforeAll(async () => {
    const db = await getDb();
    fx = await securityFixture(db);
    own = await rowsIn(db, "a", "Anouk");
    other = await rowsIn(db, "b", "Zorabelle");
    for (const route of apiRoutes) {
      if (route.roles === "public") continue;
      for (const [field, kind] of Object.entries(route.ids ?? {})) {
        if (kind === "unscoped") continue;
        for (const role of route.roles) cases.push({ route, field, kind, role });
      }
    }
  }, 120_000);

  it("covers every room-scoped kind and most routes", () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(Object.keys(ID_KINDS).sort());
    expect(new Set(cases.map((c) => `${c.route.method} ${c.route.path}`)).size).toBeGreaterThan(50);
  });

  it("refuses another room's id exactly like an unknown one, and echoes nothing of it", async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const label = `${c.role} ${c.route.method.toUpperCase()} ${c.route.path} ${c.field}`;
      const unknown = await send(fx, c, own, NONE);
      const unknownText = await unknown.text();
      if (unknown.status !== 404) wrong.push(`${label}: unknown id → ${unknown.status} ${unknownText}`);
      if (ID_KINDS[c.kind].scope === "shared") continue;
      const foreign = await send(fx, c, own, other[c.kind]);
      const foreignText = await foreign.text();
      if (foreign.status !== 404) wrong.push(`${label}: other room → ${foreign.status} ${foreignText}`);
      else if (foreignText !== unknownText)
        wrong.push(`${label}: answers differ ${foreignText} / ${unknownText}`);
      if (/Zorabelle/.test(foreignText)) wrong.push(`${label}: echoes the other room's data`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it("never puts a person of another room on a referral, in the use case as over HTTP (issue 15)", async () => {
    const db = await getDb();
    const deps = { referrals: referralsRepository(db), now: () => new Date() };
    await expect(
      createReferral(deps, { userId: 1 }, "a", {
        direction: "out",
        partnerId: own.partner,
        personId: other.person,
      }),
    ).rejects.toMatchObject({ code: "referrals.unknown_person" });
    await expect(updateReferral(deps, "a", own.referral, { personId: other.person })).rejects.toMatchObject({
      code: "referrals.unknown_person",
    });
    const full = { direction: "out", partnerId: own.partner, personId: other.person, consentToShare: true };
    for (const role of ["desk", "coordinator", "cooperative"] as const) {
      const res = await request(fx.app, "POST", "/api/rooms/a/referrals", {
        cookie: fx.cookies[role],
        body: JSON.stringify(full),
      });
      expect(res.status, role).toBe(404);
      expect(await res.text()).not.toMatch(/Zorabelle/);
    }
    const patch = await request(fx.app, "PATCH", `/api/rooms/a/referrals/${own.referral}`, {
      cookie: fx.cookies.coordinator,
      body: JSON.stringify({ personId: other.person }),
    });
    expect(patch.status).toBe(404);
    const [row] = await db.query<{ person_id: number }>("SELECT person_id FROM referrals WHERE id = $1", [
      own.referral,
    ]);
    expect(row.person_id).toBe(own.person);
  });

  it("lets the room's own id through the check (so the refusals above are the room's doing)", async () => {
    const wrong: string[] = [];
    // Only what cannot change data: a GET, or a body or query holding nothing but the id.
    for (const c of cases.filter((x) => x.route.method === "get" || !x.field.startsWith("path."))) {
      const res = await send(fx, c, own, own[c.kind]);
      const text = await res.text();
      if (text.includes("common.unknown_id"))
        wrong.push(`${c.role} ${c.route.method.toUpperCase()} ${c.route.path} ${c.field}: ${text}`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});

it("refuses to register a route with an id it does not declare", () => {
  const base = { summary: "t", roles: ["coordinator"] as const, handler: async () => null };
  expect(() =>
    defineRoute({
      ...base,
      method: "post",
      path: "/api/rooms/:roomId/x",
      body: z.object({ personId: z.number() }),
    }),
  ).toThrow(/body\.personId/);
  expect(() =>
    defineRoute({
      ...base,
      method: "get",
      path: "/api/rooms/:roomId/x/:thingId",
      query: z.object({ partnerIds: z.string() }),
    }),
  ).toThrow(/path\.thingId.*query\.partnerIds/);
  expect(() =>
    defineRoute({
      ...base,
      method: "post",
      path: "/api/rooms/:roomId/x",
      body: z.object({ volunteers: z.array(z.object({ personId: z.number() })).optional() }),
      ids: {},
    }),
  ).toThrow(/body\.volunteers\[\]\.personId/);
  expect(() =>
    defineRoute({ ...base, method: "get", path: "/api/x", ids: { "body.personId": "person" } }),
  ).toThrow(/declared but not taken/);
  expect(() =>
    defineRoute({
      ...base,
      method: "post",
      path: "/api/rooms/:roomId/x",
      body: z.object({ personId: z.number(), paid: z.boolean() }),
      ids: { "body.personId": "person" },
    }),
  ).not.toThrow();
});
