import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { addUser } from "../../src/domain/auth/add-user";
import { base32Decode, newTotpSecret, totp } from "../../src/domain/security/totp";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";

// Issue 20 (1): with a live session alone the second factor could be replaced, so whoever sat at
// a signed-in tablet took the account. Now: the current password and a current code, audited,
// and the owner is told at the next login.
describeEachDatabase("changing a second factor", (db) => {
  let d: Database;
  let clock = new Date("2026-12-04T10:00:00Z");
  let app: ReturnType<typeof createApp>;
  const tick = () => {
    clock = new Date(clock.getTime() + 60_000);
  };
  const code = (secret: string) => totp(base32Decode(secret), clock);
  const call = (method: string, path: string, body?: unknown, cookie?: string) =>
    app.request(path, {
      method,
      headers: {
        "content-type": "application/json",
        "x-buurtboek": "1",
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = async (email: string, c?: string) => {
    const res = await call("POST", "/api/login", { email, password: PASSWORD, code: c });
    return { res, cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "" };
  };
  const audit = async (action: string) =>
    d.query<{ user_id: number; details: { userId?: number } | null }>(
      "SELECT user_id, details FROM audit_log WHERE action = $1 ORDER BY id",
      [action],
    );
  /** Signs in a fresh account and enrols it; returns its cookie and secret. */
  async function enrolled(email: string, role: "coordinator" | "cooperative") {
    const id = await addUser({ auth: authRepository(d) }, { email, password: PASSWORD, role, rooms: [] });
    const { cookie } = await login(email);
    const secret = newTotpSecret();
    const on = await call("POST", "/api/me/two-factor", { secret, code: code(secret) }, cookie);
    expect(on.status).toBe(200);
    tick();
    return { id, cookie, secret };
  }

  beforeAll(async () => {
    d = await db();
    app = createApp({ db: d, now: () => clock, secureCookies: false });
  });

  it("refuses to replace a factor from the session alone, and asks for the password and a current code", async () => {
    const me = await enrolled("vervang@x.nl", "coordinator");
    const other = await login("vervang@x.nl", code(me.secret));
    expect(other.res.status).toBe(200);
    tick();
    const next = newTotpSecret();
    const bare = await call("POST", "/api/me/two-factor", { secret: next, code: code(next) }, me.cookie);
    expect(bare.status).toBe(403);
    expect((await bare.json()).error.code).toBe("security.confirm_identity");
    const wrongPassword = await call(
      "POST",
      "/api/me/two-factor",
      { secret: next, code: code(next), password: "niet-het-wachtwoord", currentCode: code(me.secret) },
      me.cookie,
    );
    expect(wrongPassword.status).toBe(403);
    // The old factor still works.
    expect((await login("vervang@x.nl")).res.status).toBe(401);
    const ok = await call(
      "POST",
      "/api/me/two-factor",
      { secret: next, code: code(next), password: PASSWORD, currentCode: code(me.secret) },
      me.cookie,
    );
    expect(ok.status).toBe(200);
    expect((await audit("totp_replaced")).map((r) => r.user_id)).toContain(me.id);
    // Other sessions of the account end; this one goes on.
    expect((await call("GET", "/api/me", undefined, other.cookie)).status).toBe(401);
    expect((await call("GET", "/api/me", undefined, me.cookie)).status).toBe(200);
    tick();
    expect((await login("vervang@x.nl", code(me.secret))).res.status).toBe(401);
    const again = await login("vervang@x.nl", code(next));
    expect(again.res.status).toBe(200);
    // At the next login the owner is told, once they have read it no more.
    const who = await (await call("GET", "/api/me", undefined, again.cookie)).json();
    expect(who.twoFactorChangedAt).toBe(new Date(clock.getTime() - 60_000).toISOString());
    expect((await call("POST", "/api/me/two-factor/seen", {}, again.cookie)).status).toBe(200);
    expect(
      (await (await call("GET", "/api/me", undefined, again.cookie)).json()).twoFactorChangedAt,
    ).toBeNull();
  });

  it("removes a factor only with the password and a current code", async () => {
    const me = await enrolled("weg@x.nl", "coordinator");
    const bare = await call("POST", "/api/me/two-factor/remove", {}, me.cookie);
    expect(bare.status).toBe(403);
    const ok = await call(
      "POST",
      "/api/me/two-factor/remove",
      { password: PASSWORD, currentCode: code(me.secret) },
      me.cookie,
    );
    expect(ok.status).toBe(200);
    expect((await audit("totp_removed")).map((r) => r.user_id)).toContain(me.id);
    expect((await (await call("GET", "/api/me/two-factor", undefined, me.cookie)).json()).enrolled).toBe(
      false,
    );
  });

  it("lets the cooperative reset a lost phone only after its own password and code", async () => {
    const coop = await enrolled("coop-reset@x.nl", "cooperative");
    const owner = await enrolled("telefoon-kwijt@x.nl", "coordinator");
    const patch = (body: unknown) => call("PATCH", `/api/users/${owner.id}`, body, coop.cookie);
    expect((await patch({ resetTwoFactor: true })).status).toBe(403);
    expect(
      (await patch({ resetTwoFactor: true, confirmPassword: PASSWORD, confirmCode: "000000" })).status,
    ).toBe(403);
    const ok = await patch({
      resetTwoFactor: true,
      confirmPassword: PASSWORD,
      confirmCode: code(coop.secret),
    });
    expect(ok.status).toBe(200);
    expect((await audit("totp_reset")).at(-1)).toMatchObject({
      user_id: coop.id,
      details: { userId: owner.id },
    });
    // The owner signs in with the password only, enrols again, and is told.
    const back = await login("telefoon-kwijt@x.nl");
    expect(back.res.status).toBe(200);
    const who = await (await call("GET", "/api/me", undefined, back.cookie)).json();
    expect(who.twoFactorChangedAt).toBe(clock.toISOString());
  });
});
