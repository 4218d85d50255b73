import { beforeAll, expect, it, vi } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { addUser } from "../../src/domain/auth/add-user";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

// A shared two-core machine: a fresh PGlite plus an import can take over a minute under load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 240_000 });

const PASSWORD = "een-goed-wachtwoord";
const BUNDLE = bundleFromCsvTexts({
  "rooms.csv": "room,name,city\na,Kamer A,Utrecht\nb,Kamer B,Utrecht\n",
  "people.csv": "person,room,first_name\nr1,a,Amina\n",
  "referrals.csv": "date,room,direction,partner,person\n2026-01-05,a,out,Buurtteam Noord,r1\n",
});

describeEachDatabase("referrals over HTTP: roles, bad input, consent", (db) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let partnerId: number;
  let personId: number;

  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: {
        cookie: cookies[who],
        "x-buurtboek": "1",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    d = await db();
    expect((await importBundle({ db: d }, BUNDLE)).rejected).toEqual([]);
    const auth = authRepository(d);
    const users = [
      ["desk", "desk", ["a"]],
      ["coordinator", "coordinator", ["a"]],
      ["board", "board", ["a"]],
      ["funder", "funder", ["a"]],
    ] as const;
    for (const [name, role, rooms] of users)
      await addUser({ auth }, { email: `${name}@a.nl`, password: PASSWORD, role, rooms: [...rooms] });
    app = createApp({ db: d, now: () => new Date("2026-06-15T10:00:00Z"), secureCookies: false });
    for (const [name] of users) {
      const res = await app.request("/api/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1" },
        body: JSON.stringify({ email: `${name}@a.nl`, password: PASSWORD }),
      });
      cookies[name] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
    partnerId = (await d.query<{ id: number }>("SELECT id FROM partners"))[0].id;
    personId = (await d.query<{ id: number }>("SELECT id FROM people"))[0].id;
  });

  it("lets the desk start a referral from a help question of its room, never showing the note", async () => {
    const hq = await call("desk", "POST", "/api/rooms/a/desk/help-questions", {
      personId,
      domains: ["work"],
      note: "geheime notitie",
    });
    expect(hq.status).toBe(201);
    const list = await call("desk", "GET", "/api/rooms/a/referrals/help-questions");
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).not.toContain("geheime");
    const created = await call("desk", "POST", "/api/rooms/a/referrals", {
      direction: "out",
      partnerId,
      helpQuestionId: hq.json.id,
    });
    expect(created.status).toBe(201);
    const r = await call("coordinator", "GET", `/api/rooms/a/referrals/${created.json.id}`);
    expect(r.json).toMatchObject({ lifeDomains: ["work"], personId, status: "pending" });
    // The desk may not list, decide or print.
    expect((await call("desk", "GET", "/api/rooms/a/referrals")).status).toBe(403);
    expect((await call("desk", "GET", `/api/rooms/a/referrals/${created.json.id}/note`)).status).toBe(403);
    expect(
      (
        await call("desk", "POST", `/api/rooms/a/referrals/${created.json.id}/outcome`, {
          outcome: "connected",
        })
      ).status,
    ).toBe(403);
    // Another room is invisible.
    expect(
      (await call("desk", "POST", "/api/rooms/b/referrals", { direction: "out", partnerId })).status,
    ).toBe(404);
  });

  it("refuses bad input with a clear Dutch message", async () => {
    const noPartner = await call("coordinator", "POST", "/api/rooms/a/referrals", { direction: "out" });
    expect(noPartner.status).toBe(400);
    expect(noPartner.json.error.message).toContain("Kies een partner");
    const created = await call("coordinator", "POST", "/api/rooms/a/referrals", {
      direction: "out",
      partnerId,
      personId,
      date: "10-06-2026",
    });
    const early = await call("coordinator", "POST", `/api/rooms/a/referrals/${created.json.id}/outcome`, {
      outcome: "connected",
      date: "2026-06-01",
    });
    expect(early.status).toBe(400);
    expect(early.json.error.message).toContain("vóór de datum van de verwijzing");
    const noConsent = await call("coordinator", "GET", `/api/rooms/a/referrals/${created.json.id}/note`);
    expect(noConsent.status).toBe(403);
    expect(noConsent.json.error.message).toContain("geen toestemming");
    const badDirection = await call("coordinator", "POST", "/api/rooms/a/referrals", {
      direction: "up",
      partnerId,
    });
    expect(badDirection.status).toBe(400);
    expect(badDirection.json.error.message).toContain("direction");
    expect((await call("coordinator", "GET", "/api/rooms/a/referrals/abc")).status).toBe(404);
    // With consent the note is there, in Dutch, in English on request.
    await call("coordinator", "PATCH", `/api/rooms/a/referrals/${created.json.id}`, { consentToShare: true });
    const note = await call("coordinator", "GET", `/api/rooms/a/referrals/${created.json.id}/note`);
    expect(note.status).toBe(200);
    expect(note.json.referral.personName).toBe("Amina");
  });

  it("shows the overview to the board, not to funders", async () => {
    const board = await call("board", "GET", "/api/rooms/a/referral-overview?from=2026-01-01&to=2026-12-31");
    expect(board.status).toBe(200);
    expect(board.json.total.out.total).toBe(3);
    expect((await call("funder", "GET", "/api/rooms/a/referral-overview")).status).toBe(403);
    expect((await call("funder", "GET", "/api/partners")).status).toBe(403);
  });
});
