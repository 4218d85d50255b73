/**
 * Streaming variant of the seeded generator (moved here from bench/ so a production install has it) for sizes that do not fit in memory (national scale:
 * 300 rooms, 10,000,000 visits). It generates one room at a time with `generateBundle` (seed +
 * room index), so memory holds one room's rows, never the whole set. `generateBundle` itself is
 * unchanged: the demo and the tests depend on its exact output.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateBundle, type RoomSpec, SEED_ROOMS } from "./generate";

export interface StreamOptions {
  seed?: number;
  rooms: number;
  /** Last day generated (inclusive). */
  until: string;
  days: number;
  peoplePerRoom: number;
  visitsPerDay: number;
}

/** The same room specs `generateBundle({rooms: n})` uses: the six seed rooms, then r0007 … */
export function roomSpec(i: number): RoomSpec {
  const base = SEED_ROOMS[i % SEED_ROOMS.length];
  return i < SEED_ROOMS.length
    ? base
    : { ...base, id: `r${String(i + 1).padStart(4, "0")}`, name: `BuurtWerkKamer ${i + 1}` };
}

/** Yields one bundle (CSV texts keyed by file name) per room; each is complete on its own. */
export function* generateRoomBundles(opts: StreamOptions): Generator<Record<string, string>> {
  const seed = opts.seed ?? 2021;
  for (let i = 0; i < opts.rooms; i++) {
    yield generateBundle({
      seed: seed + i,
      rooms: [roomSpec(i)],
      until: opts.until,
      days: opts.days,
      peoplePerRoom: opts.peoplePerRoom,
      visitsPerDay: opts.visitsPerDay,
    });
  }
}

/**
 * Writes the bundle as CSV files in `dir`, room by room (appending rows without repeating the
 * header), so a file of millions of rows is written without holding it. Returns rows per file.
 */
export function writeBundleFiles(
  dir: string,
  opts: StreamOptions,
  onRoom?: (done: number, total: number) => void,
): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  let done = 0;
  for (const bundle of generateRoomBundles(opts)) {
    for (const [name, text] of Object.entries(bundle)) {
      const nl = text.indexOf("\n");
      const body = text.slice(nl + 1);
      const rows = body === "" ? 0 : body.split("\n").length - 1;
      if (!(name in counts)) {
        writeFileSync(join(dir, name), text.slice(0, nl + 1));
        counts[name] = 0;
      }
      if (rows > 0) appendFileSync(join(dir, name), body);
      counts[name] += rows;
    }
    onRoom?.(++done, opts.rooms);
  }
  return counts;
}

/** Open days (Monday–Saturday, Saturday at 0.4) in a period, to turn a visit total into a daily rate. */
export function openDayWeight(until: string, days: number): number {
  let w = 0;
  const end = new Date(`${until}T00:00:00Z`);
  for (let d = 0; d < days; d++) {
    const dow = new Date(end.getTime() - d * 86_400_000).getUTCDay();
    if (dow !== 0) w += dow === 6 ? 0.4 : 1;
  }
  return w;
}

/**
 * Generator options from totals: visits and persons spread evenly over the rooms and their open
 * days (`buurtboek generate`, and the benchmark's national size).
 */
export function optionsFromTotals(t: {
  rooms: number;
  visits: number;
  persons: number;
  until: string;
  days: number;
  seed?: number;
}): StreamOptions {
  return {
    ...(t.seed === undefined ? {} : { seed: t.seed }),
    rooms: t.rooms,
    until: t.until,
    days: t.days,
    peoplePerRoom: Math.max(10, Math.round(t.persons / t.rooms)),
    visitsPerDay: t.visits / (t.rooms * openDayWeight(t.until, t.days)),
  };
}
