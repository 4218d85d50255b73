/**
 * Desk benchmark (issue 10): server time to register a visit and to load Today, through the use
 * cases, on whatever database it is given. Target: both under 50 ms median, at the demo size and at
 * 1,000,000 visits. `benchDesk` is called by the benchmark harness; run this file alone for the
 * demo size: `npx tsx bench/desk.bench.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Database } from "../src/db/database";
import { deskRepository } from "../src/db/desk.repository";
import type { Actor } from "../src/domain/auth/roles";
import { getToday } from "../src/domain/desk/get-today";
import { registerVisit } from "../src/domain/desk/register-visit";
import { searchPeople } from "../src/domain/desk/search-people";

export interface DeskBenchResult {
  visits: number;
  roomId: string;
  iterations: number;
  registerVisitMedianMs: number;
  loadTodayMedianMs: number;
  searchPeopleMedianMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Registers `iterations` visits (named where the room has people, else anonymous) and loads Today
 * as often, in the busiest room; the visits it made are deleted again afterwards.
 */
export async function benchDesk(opts: {
  db: Database;
  visits?: number;
  iterations?: number;
  roomId?: string;
}): Promise<DeskBenchResult> {
  const { db } = opts;
  const iterations = opts.iterations ?? 50;
  const roomId =
    opts.roomId ??
    (
      await db.query<{ room_id: string }>(
        "SELECT room_id FROM activities WHERE active AND type <> 'jobs' GROUP BY room_id ORDER BY count(*) DESC, room_id LIMIT 1",
      )
    )[0]?.room_id;
  if (!roomId) throw new Error("no room with activities to benchmark");
  const visits = opts.visits ?? (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM visits"))[0].n;
  const [activity] = await db.query<{ id: number }>(
    "SELECT id FROM activities WHERE room_id = $1 AND active AND type <> 'jobs' ORDER BY id LIMIT 1",
    [roomId],
  );
  const people = await db.query<{ id: number }>(
    "SELECT id FROM people WHERE home_room = $1 AND erased_at IS NULL ORDER BY id DESC LIMIT $2",
    [roomId, iterations],
  );
  const deps = { desk: deskRepository(db), now: () => new Date() };
  const actor = (i: number): Actor => ({
    userId: 9_000_000 + i,
    role: "desk",
    rooms: [roomId],
    funderId: null,
  });
  const run = `bench-${Date.now().toString(36)}`;
  const register: number[] = [];
  const today: number[] = [];
  const search: number[] = [];
  try {
    // Warm up caches and prepared plans once, outside the measurement.
    await getToday(deps, actor(0), { roomId });
    for (let i = 0; i < iterations; i++) {
      const personId = people[i]?.id ?? null;
      register.push(
        await time(() =>
          registerVisit(deps, actor(i), {
            roomId,
            key: `${run}-${i}`,
            activityId: activity.id,
            personId,
            firstTime: false,
          }),
        ),
      );
      today.push(await time(() => getToday(deps, actor(i), { roomId })));
      search.push(await time(() => searchPeople(deps, actor(i), { roomId, activityId: activity.id })));
    }
  } finally {
    await db.query("DELETE FROM visits WHERE source_key LIKE $1", [`desk:${run}-%`]);
  }
  return {
    visits,
    roomId,
    iterations,
    registerVisitMedianMs: median(register),
    loadTodayMedianMs: median(today),
    searchPeopleMedianMs: median(search),
  };
}

/** Gzipped size of the built web app's JavaScript (budget for the desk: 200 KB). */
export function webJsGzipBytes(dir = "dist/web/assets"): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openPglite } = await import("../src/db/pglite");
  const { migrate } = await import("../src/db/migrate");
  const { loadDemo } = await import("../src/cli/commands/demo");
  const db = await openPglite();
  await migrate(db);
  await loadDemo(db);
  const result = await benchDesk({ db });
  console.log(JSON.stringify(result, null, 2));
  try {
    console.log(`web JavaScript, gzipped: ${(webJsGzipBytes() / 1024).toFixed(1)} KB`);
  } catch {
    console.log("web JavaScript: not built (npm run build:web)");
  }
  await db.close();
}
