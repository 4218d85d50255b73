import { beforeAll, expect, it } from "vitest";
import { readSettings } from "../../src/config/load";
import type { Role } from "../../src/domain/auth/roles";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";
import { PASSWORD, request, type SecurityFixture, securityFixture } from "./fixture";

/** The code an app shows `steps` steps of 30 s from now. */
const codeAt = (secret: string, steps = 0) =>
  totp(base32Decode(secret), new Date(Date.now() + steps * 30_000));

const REQUIRED = "security.two_factor_required";

describeEachDatabase("two-factor policy 'required' for coordinators and the cooperative (issue 8)", (db) => {
  let fx: SecurityFixture;
  let required: SecurityFixture["app"];
  let optional: SecurityFixture["app"];
  beforeAll(async () => {
    const database = await db();
    // The fixture's sessions were opened without a second factor (nobody has one yet).
    fx = await securityFixture(database);
    required = createApp({
      db: database,
      now: () => new Date(),
      secureCookies: false,
      twoFactor: "required",
    });
    optional = createApp({
      db: database,
      now: () => new Date(),
      secureCookies: false,
      twoFactor: "optional",
    });
  }, 120_000);

  const get = (app: SecurityFixture["app"], path: string, role: Role | string) =>
    request(app, "GET", path, { cookie: role in fx.cookies ? fx.cookies[role as Role] : role });
  const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";

  it("with 'optional' nothing changes: no second factor, every route as before", async () => {
    for (const role of ["coordinator", "cooperative"] as const) {
      expect((await get(optional, "/api/rooms", role)).status).toBe(200);
      const me = await (await get(optional, "/api/me", role)).json();
      expect(me.twoFactorRequired).toBe(false);
    }
    expect((await get(optional, "/api/rooms/a/keys", "coordinator")).status).toBe(200);
    expect((await get(optional, "/api/audit-log", "cooperative")).status).toBe(200);
  });

  it("refuses every other route with 403 and the code until enrolled, for coordinator and cooperative", async () => {
    for (const [role, path] of [
      ["coordinator", "/api/rooms"],
      ["coordinator", "/api/rooms/a/keys"],
      ["cooperative", "/api/rooms"],
      ["cooperative", "/api/audit-log"],
    ] as const) {
      const res = await get(required, path, role);
      expect(res.status, `${role} ${path}`).toBe(403);
      const body = await res.json();
      expect(body.error.code).toBe(REQUIRED);
      expect(body.error.message).toMatch(/^Zet eerst tweestapsverificatie aan/);
    }
    // A state-changing route too, before its body is even looked at.
    const post = await request(required, "POST", "/api/rooms/a/keys", {
      cookie: fx.cookies.coordinator,
      body: JSON.stringify({ key: "K1", personId: fx.personInB, issued: "2026-01-01" }),
    });
    expect(post.status).toBe(403);
    expect((await post.json()).error.code).toBe(REQUIRED);
    // The role check still comes first, and no session is still 401.
    const notForRole = await get(required, "/api/audit-log", "coordinator");
    expect((await notForRole.json()).error.code).toBe("common.forbidden");
    expect((await request(required, "GET", "/api/rooms")).status).toBe(401);
  });

  it("leaves desk, board and funder accounts alone", async () => {
    for (const role of ["desk", "board", "funder"] as const) {
      expect((await get(required, "/api/rooms", role)).status, role).toBe(200);
      expect((await (await get(required, "/api/me", role)).json()).twoFactorRequired).toBe(false);
    }
    expect((await get(required, "/api/rooms/a/desk/today", "desk")).status).toBe(200);
  });

  it("does not let a coordinator without a second factor unlock a desk tablet", async () => {
    const res = await request(required, "POST", "/api/desk-switch/unlock", {
      cookie: fx.cookies.desk,
      body: JSON.stringify({ email: "coordinator@sec.nl", password: PASSWORD, pin: "2468" }),
    });
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBe("desk_switch.two_factor_first");
    expect(body.error.message).toContain("tweestapsverificatie");
    // The tablet stays the desk.
    expect((await (await get(required, "/api/me", "desk")).json()).role).toBe("desk");
    const [{ n }] = await (await db()).query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'desk_unlock_refused' AND details->>'reason' = 'two_factor_required'",
    );
    expect(n).toBe(1);
    const [{ open }] = await (await db()).query<{ open: number }>(
      "SELECT count(*)::int AS open FROM desk_unlocks",
    );
    expect(open).toBe(0);
  });

  it("allows who-am-I, enrolment and logout; after enrolling the same session goes on, and login asks the code", async () => {
    const cookie = fx.cookies.coordinator;
    const me = await get(required, "/api/me", cookie);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: "coordinator", twoFactorRequired: true });
    const state = await get(required, "/api/me/two-factor", cookie);
    expect(state.status).toBe(200);
    expect(await state.json()).toEqual({ enrolled: false, expected: true });
    const fresh = await request(required, "POST", "/api/me/two-factor/new", { cookie });
    expect(fresh.status).toBe(200);
    const { secret } = await fresh.json();
    const enrol = await request(required, "POST", "/api/me/two-factor", {
      cookie,
      body: JSON.stringify({ secret, code: codeAt(secret) }),
    });
    expect(enrol.status).toBe(200);

    // The flag comes with the session on the next request: no new login needed.
    expect((await get(required, "/api/rooms", cookie)).status).toBe(200);
    expect((await get(required, "/api/rooms/a/keys", cookie)).status).toBe(200);
    expect((await (await get(required, "/api/me", cookie)).json()).twoFactorRequired).toBe(false);

    const login = (code?: string) =>
      request(required, "POST", "/api/login", {
        body: JSON.stringify({ email: "coordinator@sec.nl", password: PASSWORD, code }),
      });
    expect((await (await login()).json()).error.code).toBe("security.code_required");
    const ok = await login(codeAt(secret, 1));
    expect(ok.status).toBe(200);
    const session = cookieOf(ok);
    expect((await get(required, "/api/rooms/a/keys", session)).status).toBe(200);
    expect((await get(required, "/api/me", session)).status).toBe(200);

    // The cooperative, still without one, can log out.
    const coop = await request(required, "POST", "/api/login", {
      body: JSON.stringify({ email: "cooperative@sec.nl", password: PASSWORD }),
    });
    expect(coop.status).toBe(200);
    const coopSession = cookieOf(coop);
    expect((await get(required, "/api/audit-log", coopSession)).status).toBe(403);
    expect((await request(required, "POST", "/api/logout", { cookie: coopSession })).status).toBe(200);
    expect((await get(required, "/api/me", coopSession)).status).toBe(401);
  });

  it("reads the policy from BUURTBOEK_TWO_FACTOR: required unless it says optional, a typo refused", () => {
    const policy = (v: string | undefined) =>
      readSettings({ BUURTBOEK_TWO_FACTOR: v }).settings.BUURTBOEK_TWO_FACTOR;
    expect(policy(undefined)).toBe("required");
    expect(policy("")).toBe("required");
    expect(policy("required")).toBe("required");
    expect(policy(" Optional ")).toBe("optional");
    expect(() => policy("uit")).toThrow(
      /BUURTBOEK_TWO_FACTOR: 'uit' klopt niet; verwacht required of optional/,
    );
  });
});
