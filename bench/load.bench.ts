/**
 * Load benchmark (issue 8): N desks (default 50) register visits at the same time over HTTP on
 * 127.0.0.1, each with its own account, room and session, through the real server. Reports p50,
 * p99 and max latency and checks that nothing acknowledged is lost. Target on the PostgreSQL
 * server: p99 under 100 ms, nothing lost. `benchLoad` is for the harness; run alone (small):
 * `BENCH_DATABASE_URL=postgres://… npx tsx bench/load.bench.ts` (or without it: PGlite in memory).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { authRepository } from "../src/db/auth.repository";
import type { Database } from "../src/db/database";
import { migrate } from "../src/db/migrate";
import { openPglite } from "../src/db/pglite";
import { openPostgres } from "../src/db/postgres";
import { addUser } from "../src/domain/auth/add-user";
import { startServer } from "../src/server/start";

export interface LoadBenchResult {
  desks: number;
  requests: number;
  acknowledged: number;
  lost: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
}

const PASSWORD = "load-bench-wachtwoord";

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

export async function benchLoad(
  db: Database,
  opts: { desks?: number; perDesk?: number; maxSeconds?: number } = {},
): Promise<LoadBenchResult> {
  const desks = opts.desks ?? 50;
  const perDesk = opts.perDesk ?? 20;
  const deadline = Date.now() + (opts.maxSeconds ?? 120) * 1000;
  const auth = authRepository(db);
  const setup: { room: string; activityId: number; people: number[]; email: string }[] = [];
  for (let d = 0; d < desks; d++) {
    const room = `load${d}`;
    await db.query("INSERT INTO rooms (id, name, city, variant) VALUES ($1, $1, 'Utrecht', 'full')", [room]);
    const [act] = await db.query<{ id: number }>(
      "INSERT INTO activities (room_id, type, name) VALUES ($1, 'social', 'Inloop') RETURNING id",
      [room],
    );
    // One person per registration: close anonymous taps merge on purpose (double tap).
    const people = await db.query<{ id: number }>(
      `INSERT INTO people (ref, home_room, first_name)
       SELECT $1 || '-' || g, $2, 'P' || g FROM generate_series(1, ${perDesk}) g RETURNING id`,
      [`load-${randomBytes(4).toString("hex")}`, room],
    );
    const email = `balie.${room}@load.nl`;
    await addUser({ auth }, { email, password: PASSWORD, role: "desk", rooms: [room] });
    setup.push({ room, activityId: act.id, people: people.map((p) => p.id), email });
  }
  const previousHost = process.env.HOST;
  process.env.HOST = "127.0.0.1";
  const server = await startServer(db, 0);
  process.env.HOST = previousHost;
  const base = `http://127.0.0.1:${server.port}`;
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  let errors = 0;
  try {
    const cookies = await Promise.all(
      setup.map(async (s) => {
        const res = await fetch(`${base}/api/login`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-buurtboek": "1" },
          body: JSON.stringify({ email: s.email, password: PASSWORD }),
        });
        return res.headers.get("set-cookie")?.split(";")[0] ?? "";
      }),
    );
    const t0 = Date.now();
    await Promise.all(
      setup.map(async (s, d) => {
        for (let i = 0; i < perDesk && Date.now() < deadline; i++) {
          const key = `load-${d}-${i}-${randomBytes(4).toString("hex")}`;
          const t = performance.now();
          const res = await fetch(`${base}/api/rooms/${s.room}/desk/visits`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-buurtboek": "1", cookie: cookies[d] },
            body: JSON.stringify({ key, activityId: s.activityId, personId: s.people[i] }),
          });
          await res.arrayBuffer();
          latencies.push(performance.now() - t);
          if (res.status === 201 || res.status === 200) acknowledged.push(`desk:${key}`);
          else errors++;
        }
      }),
    );
    const seconds = (Date.now() - t0) / 1000;
    const stored = new Set(
      (await db.query<{ k: string }>("SELECT source_key AS k FROM visits WHERE room_id LIKE 'load%'")).map(
        (r) => r.k,
      ),
    );
    latencies.sort((a, b) => a - b);
    return {
      desks,
      requests: latencies.length,
      acknowledged: acknowledged.length,
      lost: acknowledged.filter((k) => !stored.has(k)).length,
      errors,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
      maxMs: Math.round((latencies.at(-1) ?? 0) * 10) / 10,
      requestsPerSecond: Math.round(latencies.length / Math.max(seconds, 0.001)),
    };
  } finally {
    await server.close();
  }
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  let db: Database;
  let drop: (() => Promise<void>) | undefined;
  if (url) {
    const schema = `load_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(url);
    u.searchParams.set("options", `-c search_path=${schema}`);
    db = await openPostgres(u.toString(), 10);
    drop = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  } else {
    db = await openPglite();
  }
  await migrate(db);
  try {
    const result = await benchLoad(db, {
      desks: Number(process.env.LOAD_DESKS ?? 50),
      perDesk: Number(process.env.LOAD_PER_DESK ?? 10),
    });
    console.log(JSON.stringify({ database: db.kind, ...result }, null, 2));
  } finally {
    await db.close();
    await drop?.();
  }
}

if (process.argv[1]?.endsWith("load.bench.ts")) await main();
