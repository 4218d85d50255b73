import { beforeAll, expect, it } from "vitest";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { describeEachDatabase } from "../support/databases";
import { PASSWORD, request, type SecurityFixture, securityFixture } from "./fixture";

describeEachDatabase("two-factor login for coordinators and the cooperative", (db) => {
  let fx: SecurityFixture;
  beforeAll(async () => {
    fx = await securityFixture(await db());
  }, 120_000);

  const login = (email: string, code?: string) =>
    request(fx.app, "POST", "/api/login", { body: JSON.stringify({ email, password: PASSWORD, code }) });

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
    const wrong = await request(fx.app, "POST", "/api/me/two-factor", {
      cookie,
      body: JSON.stringify({
        secret,
        code: "000000" === totp(base32Decode(secret), new Date()) ? "111111" : "000000",
      }),
    });
    expect(wrong.status).toBe(401);
    const right = await request(fx.app, "POST", "/api/me/two-factor", {
      cookie,
      body: JSON.stringify({ secret, code: totp(base32Decode(secret), new Date()) }),
    });
    expect(right.status).toBe(200);

    const noCode = await login("coordinator@sec.nl");
    expect(noCode.status).toBe(401);
    expect((await noCode.json()).error.code).toBe("security.code_required");
    const badCode = await login("coordinator@sec.nl", "12345x");
    expect((await badCode.json()).error.code).toBe("security.bad_code");
    const ok = await login("coordinator@sec.nl", totp(base32Decode(secret), new Date()));
    expect(ok.status).toBe(200);
    // The session id changes at every login.
    expect(ok.headers.get("set-cookie")?.split(";")[0]).not.toBe(cookie);
  });

  it("keeps accounts without a second factor working, and refuses enrolment to a desk", async () => {
    expect((await login("board@sec.nl")).status).toBe(200);
    const desk = await request(fx.app, "POST", "/api/me/two-factor/new", { cookie: fx.cookies.desk });
    expect(desk.status).toBe(403);
  });
});
