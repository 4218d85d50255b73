import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { flushUnknownLogins } from "../../src/server/routes/auth.routes";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
/** What @hono/node-server passes as env: the socket's peer address. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

// Issue 20 (3): no limit per client address, and every failed login with a made-up e-mail was its
// own audit row (1,859 undeletable rows in 20 s).
describeEachDatabase("login limits per client address", (db) => {
  let d: Database;
  let clock = new Date("2026-12-04T11:00:05Z");
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    d = await db();
    app = createApp({ db: d, now: () => clock, secureCookies: false });
  });
  const login = (email: string, password: string, from: string) =>
    app.request(
      "/api/login",
      {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1" },
        body: JSON.stringify({ email, password }),
      },
      peer(from),
    );

  it("writes one audit row per address and minute, with a count, for unknown e-mails", async () => {
    for (let i = 0; i < 25; i++) await login(`verzonnen-${i}@x.nl`, "wat-dan-ook", "198.51.100.7");
    for (let i = 0; i < 3; i++) await login(`anders-${i}@x.nl`, "wat-dan-ook", "198.51.100.8");
    clock = new Date(clock.getTime() + 60_000);
    await login("volgende-minuut@x.nl", "wat-dan-ook", "198.51.100.8");
    await flushUnknownLogins(d, clock);
    const rows = await d.query<{ details: { address: string; count: number; minute: string } }>(
      "SELECT details FROM audit_log WHERE action = 'login_failed' AND user_id IS NULL ORDER BY id",
    );
    expect(rows.map((r) => r.details)).toEqual([
      { address: "198.51.100.7", minute: "2026-12-04T11:00:00.000Z", count: 25, unknownEmail: true },
      { address: "198.51.100.8", minute: "2026-12-04T11:00:00.000Z", count: 3, unknownEmail: true },
    ]);
  });

  it("stops an address that fails too often across e-mails, but not another address", async () => {
    const email = "adres-limiet@x.nl";
    await addUser({ auth: authRepository(d) }, { email, password: PASSWORD, role: "coordinator", rooms: [] });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await login(`probeer-${i}@x.nl`, "wat-dan-ook", "203.0.113.9")).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // Even the right password waits from that address; from another it goes in.
    expect((await login(email, PASSWORD, "203.0.113.9")).status).toBe(429);
    expect((await login(email, PASSWORD, "203.0.113.10")).status).toBe(200);
  });
});
