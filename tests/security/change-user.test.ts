import { beforeAll, expect, it } from "vitest";
import { securityRepository } from "../../src/db/security.repository";
import { newTotpSecret } from "../../src/domain/security/totp";
import { describeEachDatabase } from "../support/databases";
import { PASSWORD, ROLE_LIST, request, type SecurityFixture, securityFixture } from "./fixture";

describeEachDatabase("the cooperative changes an account (PATCH /api/users/:id)", (db) => {
  let fx: SecurityFixture;
  beforeAll(async () => {
    fx = await securityFixture(await db());
  }, 120_000);

  const idOf = async (email: string) =>
    Number(
      (await (await db()).query<{ id: number }>("SELECT id FROM users WHERE email = $1", [email]))[0].id,
    );
  const patch = (id: number | string, body: unknown, cookie = fx.cookies.cooperative) =>
    request(fx.app, "PATCH", `/api/users/${id}`, { cookie, body: JSON.stringify(body) });
  const login = async (email: string) => {
    const res = await request(fx.app, "POST", "/api/login", {
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    return { status: res.status, cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "" };
  };
  const auditOf = async (action: string, userId: number) =>
    (
      await (
        await db()
      ).query<{ user_id: number; details: Record<string, unknown> }>(
        "SELECT user_id, details FROM audit_log WHERE action = $1 AND (details->>'userId')::bigint = $2 ORDER BY id",
        [action, userId],
      )
    ).map((r) => ({ by: Number(r.user_id), details: r.details }));

  it("is for the cooperative only: 401 without a session, 403 for every other role", async () => {
    const id = await idOf("board@sec.nl");
    expect((await request(fx.app, "PATCH", `/api/users/${id}`, { body: '{"disabled":true}' })).status).toBe(
      401,
    );
    for (const role of ROLE_LIST.filter((r) => r !== "cooperative")) {
      expect((await patch(id, { disabled: true }, fx.cookies[role])).status).toBe(403);
    }
    const me = await (await request(fx.app, "GET", "/api/me", { cookie: fx.cookies.board })).json();
    expect(me.role).toBe("board");
  });

  it("changes role and rooms, writes old → new in the audit log and ends that user's sessions", async () => {
    const id = await idOf("board@sec.nl");
    const second = await login("board@sec.nl");
    expect(second.status).toBe(200);
    const res = await patch(id, { role: "coordinator", rooms: ["b", "a"] });
    expect(res.status).toBe(200);
    const { user } = await res.json();
    expect(user).toMatchObject({ id, role: "coordinator", rooms: ["a", "b"], disabled: false });
    expect(user.passwordHash).toBeUndefined();
    const cooperativeId = await idOf("cooperative@sec.nl");
    expect(await auditOf("role_changed", id)).toEqual([
      {
        by: cooperativeId,
        details: {
          userId: id,
          from: { role: "board", rooms: ["a"] },
          to: { role: "coordinator", rooms: ["a", "b"] },
        },
      },
    ]);
    // Both sessions (the fixture's and the second login) are gone: 401 on the next request.
    for (const cookie of [fx.cookies.board, second.cookie]) {
      expect((await request(fx.app, "GET", "/api/me", { cookie })).status).toBe(401);
    }
    const [{ n }] = await (await db()).query<{ n: number }>(
      "SELECT count(*)::int AS n FROM sessions WHERE user_id = $1",
      [id],
    );
    expect(n).toBe(0);
    // Signing in again gives the new role.
    const again = await login("board@sec.nl");
    const me = await (await request(fx.app, "GET", "/api/me", { cookie: again.cookie })).json();
    expect(me).toMatchObject({ role: "coordinator", rooms: ["a", "b"] });
  });

  it("disables an account at once and enables it again, both in the log", async () => {
    const id = await idOf("funder@sec.nl");
    expect((await patch(id, { disabled: true })).status).toBe(200);
    expect((await request(fx.app, "GET", "/api/me", { cookie: fx.cookies.funder })).status).toBe(401);
    expect((await login("funder@sec.nl")).status).toBe(401);
    expect((await patch(id, { disabled: false })).status).toBe(200);
    expect((await login("funder@sec.nl")).status).toBe(200);
    expect((await auditOf("user_disabled", id)).length).toBe(1);
    expect((await auditOf("user_enabled", id)).length).toBe(1);
  });

  it("turns a lost phone's second factor off", async () => {
    const id = await idOf("coordinator@sec.nl");
    const repo = securityRepository(await db());
    await repo.enrolTotp(id, newTotpSecret(), 1);
    expect(await repo.isEnrolled(id)).toBe(true);
    const list = await (
      await request(fx.app, "GET", "/api/users", { cookie: fx.cookies.cooperative })
    ).json();
    expect(list.users.find((u: { id: number }) => u.id === id).twoFactor).toBe(true);
    expect((await patch(id, { resetTwoFactor: true })).status).toBe(403);
    expect((await patch(id, { resetTwoFactor: true, confirmPassword: PASSWORD })).status).toBe(200);
    expect(await repo.isEnrolled(id)).toBe(false);
    expect((await auditOf("totp_reset", id)).length).toBe(1);
    expect((await login("coordinator@sec.nl")).status).toBe(200);
  });

  it("answers bad input with a clear 400 or 404, never a 500, and does not change the own account", async () => {
    const board = await idOf("board@sec.nl");
    const unknownRoom = await patch(board, { rooms: ["nergens"] });
    expect(unknownRoom.status).toBe(400);
    expect((await unknownRoom.json()).error.message).toContain("nergens");
    expect((await patch(board, { role: "baas" })).status).toBe(400);
    expect((await patch(board, { password: "x" })).status).toBe(400);
    expect((await patch(board, { role: "funder" })).status).toBe(400);
    expect((await patch(999999, { disabled: true })).status).toBe(404);
    expect((await patch("abc", { disabled: true })).status).toBe(404);
    const own = await patch(await idOf("cooperative@sec.nl"), { role: "board" });
    expect(own.status).toBe(403);
    expect((await own.json()).error.message).toContain("eigen");
  });

  it("logs account creation with who created it", async () => {
    const res = await request(fx.app, "POST", "/api/users", {
      cookie: fx.cookies.cooperative,
      body: JSON.stringify({ email: "nieuw@sec.nl", password: PASSWORD, role: "coordinator", rooms: ["a"] }),
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    expect(await auditOf("user_created", id)).toEqual([
      { by: await idOf("cooperative@sec.nl"), details: { userId: id, role: "coordinator", rooms: ["a"] } },
    ]);
  });
});
