import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";
import { openPostgres } from "../../src/db/postgres";
import { addUser } from "../../src/domain/auth/add-user";
import { SERVER_URL } from "../support/databases";

// Kills the real server process (SIGKILL: no shutdown hooks, no flush) while registrations stream
// in, restarts it and checks that every registration it acknowledged is stored.
const TOTAL = Number(process.env.CRASH_REGISTRATIONS ?? 300);
const PASSWORD = "een-goed-wachtwoord";

async function seed(db: Database): Promise<{ activityId: number; people: number[] }> {
  await db.query("INSERT INTO rooms (id, name, city, variant) VALUES ('a', 'Kamer a', 'Utrecht', 'full')");
  const [act] = await db.query<{ id: number }>(
    "INSERT INTO activities (room_id, type, name) VALUES ('a', 'social', 'Inloop') RETURNING id",
  );
  await addUser(
    { auth: authRepository(db) },
    { email: "desk@crash.nl", password: PASSWORD, role: "desk", rooms: ["a"] },
  );
  // One person per registration: anonymous taps close together merge on purpose (double tap).
  const people = await db.query<{ id: number }>(
    `INSERT INTO people (ref, home_room, first_name)
     SELECT 'crash-' || g, 'a', 'P' || g FROM generate_series(1, ${TOTAL}) g RETURNING id`,
  );
  return { activityId: act.id, people: people.map((p) => p.id) };
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  return spawn("npx", ["tsx", "src/cli/main.ts", "start", "--port", String(port)], {
    env: { ...process.env, ...env },
    stdio: "ignore",
    detached: true,
  });
}

async function waitHealthy(base: string) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not start");
}

function kill(child: ChildProcess) {
  // npx → tsx → node: kill the whole process group so the server itself dies without cleanup.
  if (child.pid) process.kill(-child.pid, "SIGKILL");
}

async function loginCookie(base: string) {
  const res = await fetch(`${base}/api/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-buurtboek": "1" },
    body: JSON.stringify({ email: "desk@crash.nl", password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${res.status}`);
  return res.headers.get("set-cookie")?.split(";")[0] ?? "";
}

async function crashRun(env: Record<string, string>, open: () => Promise<Database>) {
  const port = 40000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  const db0 = await open();
  const { activityId, people } = await seed(db0);
  await db0.close();

  let server = startServer(env, port);
  const acknowledged: string[] = [];
  try {
    await waitHealthy(base);
    const cookie = await loginCookie(base);
    const keys = Array.from({ length: TOTAL }, (_, i) => `crash-${i}-${randomBytes(4).toString("hex")}`);
    let sent = 0;
    const worker = async () => {
      while (sent < keys.length) {
        const i = sent++;
        const key = keys[i];
        try {
          const res = await fetch(`${base}/api/rooms/a/desk/visits`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-buurtboek": "1", cookie },
            body: JSON.stringify({ key, activityId, personId: people[i] }),
          });
          if (res.status === 201 || res.status === 200) acknowledged.push(key);
        } catch {
          // The connection died with the server: not acknowledged, the tablet would retry.
        }
      }
    };
    const killer = (async () => {
      while (acknowledged.length < TOTAL / 3) await new Promise((r) => setTimeout(r, 5));
      kill(server);
    })();
    await Promise.all([worker(), worker(), worker(), worker(), killer]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(TOTAL);

    // Restart on the same data (the stale lock of the killed process is taken over).
    server = startServer(env, port);
    await waitHealthy(base);
    kill(server);
    await new Promise((r) => setTimeout(r, 500));
    const db = await open();
    try {
      const rows = await db.query<{ k: string }>("SELECT source_key AS k FROM visits");
      const stored = new Set(rows.map((r) => r.k));
      const lost = acknowledged.filter((k) => !stored.has(`desk:${k}`));
      expect(lost).toEqual([]);
    } finally {
      await db.close();
    }
  } finally {
    try {
      kill(server);
    } catch {}
  }
}

describe("crash safety: SIGKILL while registrations stream in", () => {
  it("keeps every acknowledged registration [pglite]", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bb-crash-"));
    try {
      await crashRun({ BUURTBOEK_DATA: dir, DATABASE_URL: "" }, async () => {
        const db = await openPglite(dir);
        await migrate(db);
        return db;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it.skipIf(!SERVER_URL)(
    "keeps every acknowledged registration [postgres]",
    async () => {
      const schema = `crash_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: SERVER_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = new URL(SERVER_URL as string);
      url.searchParams.set("options", `-c search_path=${schema}`);
      try {
        await crashRun({ DATABASE_URL: url.toString() }, async () => {
          const db = await openPostgres(url.toString(), 2);
          await migrate(db);
          return db;
        });
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    },
    300_000,
  );
});
