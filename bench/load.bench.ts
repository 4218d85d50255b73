/**
 * Load benchmark (issue 8): N desks (default 50) register visits at the same time over HTTP on
 * 127.0.0.1, each with its own account, room and session, through the real server. The desks run
 * in a worker thread, so the clients do not share the server's event loop. Two patterns:
 * - **paced**: every desk registers one visit a second (with jitter) — far more than a person at a
 *   desk can tap, all 50 at once; open loop, latency counted from the planned send time, so a slow
 *   server is not hidden by clients waiting for it (no coordinated omission). This is the target:
 *   p99 under 100 ms on the PostgreSQL server, nothing lost.
 * - **burst**: every desk sends its next registration the moment the previous one is answered —
 *   the server's saturation throughput; its latency is queueing, reported for capacity planning.
 * `benchLoad` is for the harness; run alone (small):
 * `BENCH_DATABASE_URL=postgres://… npx tsx bench/load.bench.ts` (or without it: PGlite in memory).
 */
import { randomBytes } from "node:crypto";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { authRepository } from "../src/db/auth.repository";
import type { Database } from "../src/db/database";
import { migrate } from "../src/db/migrate";
import { openPglite } from "../src/db/pglite";
import { openPostgres } from "../src/db/postgres";
import { addUser } from "../src/domain/auth/add-user";
import { startServer } from "../src/server/start";

export interface LoadPatternResult {
  requests: number;
  acknowledged: number;
  lost: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
}

export interface LoadBenchResult extends LoadPatternResult {
  desks: number;
  /** Back-to-back registrations: saturation. The top-level figures are the paced pattern's. */
  burst: LoadPatternResult;
}

const PASSWORD = "load-bench-wachtwoord";

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

interface Desk {
  room: string;
  activityId: number;
  people: number[];
  cookie: string;
}

// Plain JavaScript, run with `eval: true`: a worker needs no TypeScript loader this way.
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const { base, desks, perDesk, paced, intervalMs, deadline, tag } = workerData;
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
(async () => {
  const latencies = [];
  const acknowledged = [];
  let errors = 0;
  const t0 = Date.now();
  await Promise.all(desks.map(async (s, d) => {
    const start = performance.now() + Math.random() * intervalMs;
    for (let i = 0; i < perDesk && Date.now() < deadline; i++) {
      const planned = paced ? start + i * intervalMs + (Math.random() - 0.5) * intervalMs * 0.2 : performance.now();
      if (paced) await sleep(planned - performance.now());
      const key = "load-" + tag + "-" + d + "-" + i;
      try {
        const res = await fetch(base + "/api/rooms/" + s.room + "/desk/visits", {
          method: "POST",
          headers: { "content-type": "application/json", "x-buurtboek": "1", cookie: s.cookie },
          body: JSON.stringify({ key, activityId: s.activityId, personId: s.people[i % s.people.length] }),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - planned);
        if (res.status === 201 || res.status === 200) acknowledged.push("desk:" + key);
        else errors++;
      } catch {
        latencies.push(performance.now() - planned);
        errors++;
      }
    }
  }));
  parentPort.postMessage({ latencies, acknowledged, errors, seconds: (Date.now() - t0) / 1000 });
})();
`;

async function runPattern(
  db: Database,
  base: string,
  desks: Desk[],
  opts: { perDesk: number; paced: boolean; intervalMs: number; deadline: number },
): Promise<LoadPatternResult> {
  const tag = `${opts.paced ? "p" : "b"}${randomBytes(4).toString("hex")}`;
  const out = await new Promise<{
    latencies: number[];
    acknowledged: string[];
    errors: number;
    seconds: number;
  }>((resolve, reject) => {
    const w = new Worker(CLIENT, { eval: true, workerData: { base, desks, ...opts, tag } });
    w.once("message", (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once("error", reject);
  });
  const stored = new Set(
    (
      await db.query<{ k: string }>("SELECT source_key AS k FROM visits WHERE source_key LIKE $1", [
        `desk:load-${tag}-%`,
      ])
    ).map((r) => r.k),
  );
  const latencies = out.latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length,
    acknowledged: out.acknowledged.length,
    lost: out.acknowledged.filter((k) => !stored.has(k)).length,
    errors: out.errors,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    requestsPerSecond: Math.round(latencies.length / Math.max(out.seconds, 0.001)),
  };
}

export async function benchLoad(
  db: Database,
  opts: { desks?: number; perDesk?: number; maxSeconds?: number; intervalMs?: number } = {},
): Promise<LoadBenchResult> {
  const desks = opts.desks ?? 50;
  const perDesk = opts.perDesk ?? 20;
  const auth = authRepository(db);
  const setup: Omit<Desk, "cookie">[] = [];
  const emails: string[] = [];
  const tag = randomBytes(3).toString("hex");
  for (let d = 0; d < desks; d++) {
    const room = `load${tag}${d}`;
    await db.query("INSERT INTO rooms (id, name, city, variant) VALUES ($1, $1, 'Utrecht', 'full')", [room]);
    const [act] = await db.query<{ id: number }>(
      "INSERT INTO activities (room_id, type, name) VALUES ($1, 'social', 'Inloop') RETURNING id",
      [room],
    );
    // One person per registration in each pattern: close taps of one person merge on purpose.
    const people = await db.query<{ id: number }>(
      `INSERT INTO people (ref, home_room, first_name)
       SELECT $1 || '-' || g, $2, 'P' || g FROM generate_series(1, ${perDesk}) g RETURNING id`,
      [`load-${randomBytes(4).toString("hex")}`, room],
    );
    const email = `balie.${room}@load.nl`;
    await addUser({ auth }, { email, password: PASSWORD, role: "desk", rooms: [room] });
    setup.push({ room, activityId: act.id, people: people.map((p) => p.id) });
    emails.push(email);
  }
  const previousHost = process.env.HOST;
  process.env.HOST = "127.0.0.1";
  const server = await startServer(db, 0);
  process.env.HOST = previousHost;
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const login = async (email: string) => {
      const res = await fetch(`${base}/api/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1" },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      return res.headers.get("set-cookie")?.split(";")[0] ?? "";
    };
    const withCookies: Desk[] = [];
    for (const [i, s] of setup.entries()) withCookies.push({ ...s, cookie: await login(emails[i]) });
    const deadline = () => Date.now() + (opts.maxSeconds ?? 120) * 1000;
    const paced = await runPattern(db, base, withCookies, {
      perDesk,
      paced: true,
      intervalMs: opts.intervalMs ?? 1000,
      deadline: deadline(),
    });
    // The burst uses the other day's registrations of the same people: delete the paced ones first.
    await db.query("DELETE FROM visits WHERE room_id LIKE $1", [`load${tag}%`]);
    const burst = await runPattern(db, base, withCookies, {
      perDesk,
      paced: false,
      intervalMs: 0,
      deadline: deadline(),
    });
    return { desks, ...paced, burst };
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
