import { randomBytes } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { securityRepository } from "../../src/db/security.repository";
import { sealSecret } from "../../src/domain/security/secret-box";
import { base32Decode, newTotpSecret, totp } from "../../src/domain/security/totp";
import { describeEachDatabase } from "../support/databases";
import { PASSWORD, request, type SecurityFixture, securityFixture } from "./fixture";

/** The code an app shows `steps` steps of 30 s from now. */
const codeAt = (secret: string, steps = 0) =>
  totp(base32Decode(secret), new Date(Date.now() + steps * 30_000));

describeEachDatabase("two-factor login for coordinators and the cooperative", (db) => {
  let fx: SecurityFixture;
  beforeAll(async () => {
    fx = await securityFixture(await db());
  }, 120_000);

  const login = (email: string, code?: string) =>
    request(fx.app, "POST", "/api/login", { body: JSON.stringify({ email, password: PASSWORD, code }) });
  const userId = async (email: string) =>
    Number(
      (await (await db()).query<{ id: number }>("SELECT id FROM users WHERE email = $1", [email]))[0].id,
    );

  it("enrols with a right code only, then asks for the code at every login", async () => {
    const cookie = fx.cookies.coordinator;
    expect(await (await request(fx.app, "GET", "/api/me/two-factor", { cookie })).json()).toEqual({
      enrolled: false,
      expected: true,
    });
    const { secret, uri } = await (
      await request(fx.app, "POST", "/api/me/two-factor/new", { cookie })
    ).json();
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain(encodeURIComponent("coordinator@sec.nl"));
    const wrong = await request(fx.app, "POST", "/api/me/two-factor", {
      cookie,
      body: JSON.stringify({ secret, code: codeAt(secret) === "000000" ? "111111" : "000000" }),
    });
    expect(wrong.status).toBe(401);
    const right = await request(fx.app, "POST", "/api/me/two-factor", {
      cookie,
      body: JSON.stringify({ secret, code: codeAt(secret) }),
    });
    expect(right.status).toBe(200);
    expect(await (await request(fx.app, "GET", "/api/me/two-factor", { cookie })).json()).toEqual({
      enrolled: true,
      expected: true,
    });

    const noCode = await login("coordinator@sec.nl");
    expect(noCode.status).toBe(401);
    expect((await noCode.json()).error.code).toBe("security.code_required");
    const badCode = await login("coordinator@sec.nl", "12345x");
    expect((await badCode.json()).error.code).toBe("security.bad_code");
    // The code typed to switch it on was used: it cannot open a session too.
    const enrolCode = await login("coordinator@sec.nl", codeAt(secret));
    expect(enrolCode.status).toBe(401);
    expect((await enrolCode.json()).error.code).toBe("security.code_used");
    // The next step's code (the ±1 step window) is accepted once.
    const ok = await login("coordinator@sec.nl", codeAt(secret, 1));
    expect(ok.status).toBe(200);
    // The session id changes at every login.
    expect(ok.headers.get("set-cookie")?.split(";")[0]).not.toBe(cookie);
    const replay = await login("coordinator@sec.nl", codeAt(secret, 1));
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe("security.code_used");
    const actions = await (await db()).query<{ details: { reason?: string } | null }>(
      "SELECT details FROM audit_log WHERE action = 'login_failed' AND user_id = $1",
      [await userId("coordinator@sec.nl")],
    );
    expect(actions.filter((a) => a.details?.reason === "replay")).toHaveLength(2);
  });

  it("keeps the secret sealed in the database, bound to its own row", async () => {
    const id = await userId("coordinator@sec.nl");
    const [row] = await (await db()).query<{ s: string; step: number }>(
      "SELECT totp_secret AS s, totp_last_step AS step FROM users WHERE id = $1",
      [id],
    );
    expect(row.s).toMatch(/^enc1:[0-9a-f]{8}:/);
    expect(row.s).not.toMatch(/^[A-Z2-7]{32}$/);
    expect(typeof row.step).toBe("number");
    const repo = securityRepository(await db());
    const secret = await repo.totpSecretOf(id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(row.s).not.toContain(secret);
    // Copied into another user's row, it does not open there.
    const other = await userId("cooperative@sec.nl");
    await (await db()).query("UPDATE users SET totp_secret = $2 WHERE id = $1", [other, row.s]);
    await expect(repo.totpSecretOf(other)).rejects.toThrow(/andere sleutel/);
    await repo.clearTotpSecret(other);
  });

  it("seals a secret stored plain before the migration when it is first read", async () => {
    const id = await userId("cooperative@sec.nl");
    const secret = newTotpSecret();
    await (await db()).query("UPDATE users SET totp_secret = $2 WHERE id = $1", [id, secret]);
    const ok = await login("cooperative@sec.nl", codeAt(secret));
    expect(ok.status).toBe(200);
    const [row] = await (await db()).query<{ s: string }>(
      "SELECT totp_secret AS s FROM users WHERE id = $1",
      [id],
    );
    expect(row.s.startsWith("enc1:")).toBe(true);
    expect(await securityRepository(await db()).totpSecretOf(id)).toBe(secret);
  });

  it("answers a clear 409, not a 500, when the server's key is not the one the secret was sealed with", async () => {
    const id = await userId("cooperative@sec.nl");
    const otherKey = randomBytes(32);
    const secret = newTotpSecret();
    // Sealed under another key, as after restoring a backup without its key file.
    await (await db()).query("UPDATE users SET totp_secret = $2 WHERE id = $1", [
      id,
      sealSecret(otherKey, secret, `totp:${id}`),
    ]);
    const res = await login("cooperative@sec.nl", codeAt(secret, 1));
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe("security.secret_key_mismatch");
    expect(body.error.message).toContain("BUURTBOEK_SECRET_KEY");
    await securityRepository(await db()).clearTotpSecret(id);
    expect((await login("cooperative@sec.nl")).status).toBe(200);
  });

  it("lets two logins with one code race, and only one of them wins", async () => {
    const id = await userId("coordinator@sec.nl");
    const repo = securityRepository(await db());
    const results = await Promise.all([repo.acceptTotpStep(id, 9e10), repo.acceptTotpStep(id, 9e10)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await repo.acceptTotpStep(id, 9e10 - 1)).toBe(false);
  });

  it("keeps accounts without a second factor working, and refuses enrolment to a desk", async () => {
    expect((await login("board@sec.nl")).status).toBe(200);
    const desk = await request(fx.app, "POST", "/api/me/two-factor/new", { cookie: fx.cookies.desk });
    expect(desk.status).toBe(403);
  });
});
