import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";

// Issue 20 (3): the throttle's count was read before the password check and written after it,
// so parallel tries all passed the check. Every password that is checked leaves one audit row
// (`login` or `login_failed`), so those rows count the checks.
describeEachDatabase("login throttle under parallel tries", (db) => {
  let d: Database;
  let clock = new Date("2026-12-04T10:00:00Z");
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    d = await db();
    app = createApp({ db: d, now: () => clock, secureCookies: false });
  });

  const login = (email: string, password: string) =>
    app.request("/api/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-buurtboek": "1" },
      body: JSON.stringify({ email, password }),
    });
  const checked = async (userId: number) =>
    Number(
      (
        await d.query<{ n: string }>(
          "SELECT count(*) AS n FROM audit_log WHERE user_id = $1 AND action IN ('login', 'login_failed')",
          [userId],
        )
      )[0].n,
    );

  it("checks exactly 5 of 59 wrong and 1 right password sent at once, then 1 of 100 after the lock", async () => {
    const email = `race-${Math.random().toString(36).slice(2)}@x.nl`;
    const id = await addUser(
      { auth: authRepository(d) },
      { email, password: PASSWORD, role: "coordinator", rooms: [] },
    );
    const tries = Array.from({ length: 60 }, (_, i) => (i === 59 ? PASSWORD : `fout-${i}`));
    const statuses = await Promise.all(tries.map(async (p) => (await login(email, p)).status));
    expect(await checked(id)).toBe(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    // The lock has passed: one more failure locks again, so only one of 100 is checked.
    clock = new Date(clock.getTime() + 60_000);
    await Promise.all(Array.from({ length: 100 }, (_, i) => login(email, `weer-fout-${i}`)));
    expect(await checked(id)).toBe(6);
  });
});
