/**
 * The benchmark harness (issue 9): `npm run bench -- --size demo|8x3|national|tiny [--db pglite|postgres|both]`.
 * Generates a seeded data set, imports it, and times every benchmark on each database: a warm-up,
 * then `--runs` runs, reported as median/min/max. Writes bench/results.json (runs of other sizes
 * are kept) and the table in BENCHMARKS.md between its markers. Timings are never asserted in tests.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Database, Queryable } from "../src/db/database";
import { indicatorsRepository } from "../src/db/indicators.repository";
import { migrate } from "../src/db/migrate";
import { openPglite } from "../src/db/pglite";
import { openPostgres } from "../src/db/postgres";
import { generateBundle } from "../src/demo/generate";
import { optionsFromTotals, type StreamOptions, writeBundleFiles } from "../src/demo/generate-stream";
import { bundleFromCsvTexts } from "../src/domain/import/bundle";
import { importBundle } from "../src/domain/import/import-bundle";
import { openBundle } from "../src/domain/import/read-bundle";
import { computeIndicators } from "../src/domain/indicators/compute-indicators";
import { getDashboard } from "../src/domain/indicators/dashboard";
import { PERSON_GROUPS } from "../src/domain/indicators/ports";
import type { MemoryFigure } from "./memory.bench";
import { BENCH_OPTIONS } from "./options";

export type DbKind = "pglite" | "postgres";

export interface SizeSpec extends StreamOptions {
  name: string;
  /** Write the bundle to disk and import it streamed from there, instead of one bundle in memory. */
  stream: boolean;
}

const UNTIL = "2025-12-31";
const YEAR = 2025;

export const SIZES: Record<string, SizeSpec> = {
  tiny: { name: "tiny", rooms: 2, until: UNTIL, days: 30, peoplePerRoom: 30, visitsPerDay: 4, stream: false },
  demo: {
    name: "demo",
    rooms: 6,
    until: UNTIL,
    days: 365,
    peoplePerRoom: 220,
    visitsPerDay: 14,
    stream: false,
  },
  "8x3": {
    name: "8x3",
    rooms: 8,
    until: UNTIL,
    days: 1095,
    peoplePerRoom: 220,
    visitsPerDay: 14,
    stream: false,
  },
  national: custom("national", 300, 10_000_000, 100_000, 1095),
};

/** A size from totals: visits and persons spread evenly over the rooms and their open days. */
export function custom(name: string, rooms: number, visits: number, persons: number, days = 1095): SizeSpec {
  return {
    name,
    ...optionsFromTotals({ rooms, visits, persons, until: UNTIL, days }),
    stream: visits > 500_000 || rooms > 20,
  };
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface BenchFigure extends Stat {
  id: string;
  label: string;
  unit: "ms" | "rows/s";
  /** Figure ÷ its reference measured in the same run (indicator table ÷ hand-written SQL). */
  ratioToReference?: number;
  note?: string;
}

export interface DbResult {
  kind: DbKind;
  version: string;
  rows: Record<string, number>;
  visits: number;
  peakRssMb: number;
  figures: BenchFigure[];
  /** Whether the hand-written reference gave the same numbers as the indicator engine. */
  referenceMatches: boolean;
  skipped: string[];
  /** Peak memory of the all-rooms indicator table on this data (`--memory`, national scale). */
  memory?: MemoryFigure[];
}

export interface RunResult {
  size: SizeSpec;
  generatedAt: string;
  runs: number;
  machine: Record<string, string | number>;
  databases: Partial<Record<DbKind, DbResult>>;
  /** PGlite ÷ server per figure id (for rows/s: server ÷ PGlite, so > 1 means PGlite is slower). */
  pgliteToServer: Record<string, number>;
  explainFile?: string;
  /** Peak memory (`--memory`): imports streamed from disk, the all-rooms indicator table. */
  memory?: MemoryFigure[];
}

export interface ResultsFile {
  note: string;
  results: Record<string, RunResult>;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: r1(mid), min: r1(s[0]), max: r1(s[s.length - 1]), runs: s.length };
}

/** One warm-up (caches, plans, JIT), then `runs` timed runs. */
/*
 * Warm-up: six calls before the timed ones. On the server, long queries are named prepared
 * statements (src/db/postgres.ts); PostgreSQL plans the first five calls of each one afresh and
 * may then keep a generic plan, as it does on a server that has been running for a while.
 */
const WARM_UP_CALLS = 6;

async function measure(runs: number, fn: () => Promise<unknown>): Promise<Stat> {
  for (let i = 0; i < WARM_UP_CALLS; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stat(samples);
}

/*
 * Hand-written references over the raw visit rows (no pre-aggregated tables) for the visit
 * numbers of the indicator table: distinct named persons per group and in total, anonymous
 * first-time visitors, job visits. The fastest of the candidates is the reference.
 */
const GRP = "CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END";
export const REFERENCE_SQL: Record<string, string> = {
  groupingSets: `
SELECT COALESCE(grp, 'total') AS grp, count(DISTINCT person_id) AS named,
       COALESCE(sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs'), 0) AS anonymous_first_time,
       COALESCE(sum(count) FILTER (WHERE activity_type = 'jobs'), 0) AS jobs
FROM (SELECT ${GRP} AS grp, person_id, count, first_time, activity_type FROM visits
      WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date) v
GROUP BY GROUPING SETS ((grp), ())`,
  perPersonFirst: `
WITH p AS (
  SELECT ${GRP} AS grp, person_id,
         sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs') AS a,
         sum(count) FILTER (WHERE activity_type = 'jobs') AS j
  FROM visits WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
  GROUP BY 1, 2)
SELECT grp, count(person_id) AS named, COALESCE(sum(a), 0) AS anonymous_first_time, COALESCE(sum(j), 0) AS jobs
FROM p GROUP BY grp
UNION ALL
SELECT 'total', count(DISTINCT person_id), COALESCE(sum(a), 0), COALESCE(sum(j), 0) FROM p`,
};

interface RefRow {
  grp: string;
  named: number;
  anonymous_first_time: number;
  jobs: number;
}

/**
 * Records the fastest call of each SQL text with each set of parameters: on a loaded, shared
 * machine the slowest call mostly measures waiting for a core, the fastest one measures the query.
 */
function recording(db: Database, log: Map<string, { sql: string; params: unknown[]; ms: number }>): Database {
  const note = (sql: string, params: readonly unknown[] | undefined, ms: number) => {
    const key = `${sql}\u0000${JSON.stringify(params ?? [])}`;
    const prev = log.get(key);
    if (!prev || prev.ms > ms) log.set(key, { sql, params: [...(params ?? [])], ms });
  };
  const wrapQ = (q: Queryable): Queryable => ({
    ...q,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const t = performance.now();
      const rows = await q.query<T>(sql, params);
      note(sql, params, performance.now() - t);
      return rows;
    },
  });
  return { ...db, ...wrapQ(db), tx: (fn) => db.tx((q) => fn(wrapQ(q))) };
}

async function openBench(kind: DbKind, url: string | undefined, size: string) {
  if (kind === "pglite") {
    const db = await openPglite();
    await migrate(db);
    const [{ version }] = await db.query<{ version: string }>("SELECT version()");
    return { db, version, url: undefined, drop: async () => {} };
  }
  if (!url) throw new Error("--db postgres needs DATABASE_URL (or --url)");
  // Its own schema, so nothing else in that database is touched; dropped afterwards.
  const schema = `bench_${size.replace(/\W/g, "")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  const db = await openPostgres(u.toString(), 10);
  await migrate(db);
  const [{ version }] = await db.query<{ version: string }>("SELECT version()");
  return {
    db,
    version,
    url: u.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function importData(
  db: Database,
  size: SizeSpec,
): Promise<{ rows: Record<string, number>; ms: number }> {
  if (size.stream) {
    // Large sizes: written to disk room by room, then imported as a user would, streamed from
    // the files in one transaction. Writing the files is not part of the import.
    const dir = mkdtempSync(join(os.tmpdir(), `buurtboek-bench-${size.name}-`));
    try {
      writeBundleFiles(dir, size);
      const t = performance.now();
      const report = await importBundle({ db }, await openBundle(dir));
      const ms = performance.now() - t;
      if (!report.applied) {
        const f = report.rejected[0];
        throw new Error(`benchmark data rejected: ${f?.file} line ${f?.line} ${f?.field}: ${f?.reason}`);
      }
      return { rows: report.imported, ms };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const texts = generateBundle({ seed: size.seed ?? 2021, ...size });
  // Parsing the CSV text is part of an import; generating it is not.
  const t = performance.now();
  const report = await importBundle({ db }, bundleFromCsvTexts(texts));
  const ms = performance.now() - t;
  if (!report.applied) {
    const f = report.rejected[0];
    throw new Error(`benchmark data rejected: ${f?.file} line ${f?.line} ${f?.field}: ${f?.reason}`);
  }
  return { rows: report.imported, ms };
}

async function benchDatabase(
  kind: DbKind,
  size: SizeSpec,
  runs: number,
  opts: { url?: string; explainFile?: string; skip: string[]; memory?: boolean; log: (s: string) => void },
): Promise<DbResult> {
  const explain = opts.explainFile
    ? new Map<string, { sql: string; params: unknown[]; ms: number }>()
    : undefined;
  const { db: raw, version, url: schemaUrl, drop } = await openBench(kind, opts.url, size.name);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const figures: BenchFigure[] = [];
  const skipped: string[] = [];
  try {
    opts.log(`${kind}: importing ${size.name}…`);
    const imp = await importData(raw, size);
    const total = Object.values(imp.rows).reduce((a, b) => a + b, 0);
    figures.push({
      id: "import",
      label: "Import (rows/s, whole bundle)",
      unit: "rows/s",
      ...stat([Math.round(total / (imp.ms / 1000))]),
      note: size.stream ? "streamed from files on disk, one transaction" : "one transaction",
    });
    await raw.exec("ANALYZE");
    const db = explain ? recording(raw, explain) : raw;
    // The harness's own queries go to `raw`, so that only the application's are EXPLAINed.
    const [{ n: visits }] = await raw.query<{ n: number }>("SELECT count(*)::int AS n FROM visits");

    // Desk: register a visit and load Today through the use cases (bench/desk.bench.ts).
    opts.log(`${kind}: desk…`);
    const { benchDesk } = await import("./desk.bench");
    const reg: number[] = [];
    const today: number[] = [];
    await benchDesk({ db, iterations: 3, visits });
    for (let i = 0; i < runs; i++) {
      const d = await benchDesk({ db, iterations: 10, visits });
      reg.push(d.registerVisitMedianMs);
      today.push(d.loadTodayMedianMs);
    }
    figures.push({
      id: "desk.register",
      label: "Register a visit",
      unit: "ms",
      ...stat(reg),
      note: "median of 10 per run",
    });
    figures.push({
      id: "desk.today",
      label: "Today screen data",
      unit: "ms",
      ...stat(today),
      note: "median of 10 per run",
    });

    // Indicator table and its hand-written reference, in the same run.
    opts.log(`${kind}: indicators…`);
    const repo = indicatorsRepository(db);
    const rooms = await repo.allRoomIds();
    const [{ room_id: busiest }] = await raw.query<{ room_id: string }>(
      "SELECT room_id FROM visits WHERE date BETWEEN $1::date AND $2::date GROUP BY room_id ORDER BY count(*) DESC, room_id LIMIT 1",
      [`${YEAR}-01-01`, `${YEAR}-12-31`],
    );
    let matches = true;
    for (const [id, label, scopeRooms] of [
      ["roomYear", "one room-year", [busiest]],
      ["allRooms", `all ${rooms.length} rooms, one year`, rooms],
    ] as const) {
      const scope = { rooms: [...scopeRooms], from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
      const engine = await measure(runs, () => computeIndicators({ indicators: repo }, scope));
      let best: { name: string; s: Stat } | null = null;
      for (const [name, sql] of Object.entries(REFERENCE_SQL)) {
        const params = [scope.rooms, scope.from, scope.to];
        const s = await measure(runs, () => raw.query(sql, params));
        if (!best || s.median < best.s.median) best = { name, s };
        matches &&= await referenceAgrees(raw, repo, scope, sql);
      }
      if (!best) throw new Error("no reference SQL");
      figures.push({
        id: `indicators.${id}`,
        label: `Indicator table, ${label}`,
        unit: "ms",
        ...engine,
        ratioToReference: r1(engine.median / Math.max(best.s.median, 0.1)),
      });
      figures.push({
        id: `reference.${id}`,
        label: `Hand-written SQL over raw visits, ${label}`,
        unit: "ms",
        ...best.s,
        note: `fastest candidate: ${best.name}`,
      });
    }
    if (opts.skip.includes("dashboard")) skipped.push("dashboard: skipped by --skip");
    else {
      opts.log(`${kind}: dashboard…`);
      const dashboardDeps = { indicators: repo, now: () => new Date(`${YEAR}-12-31T12:00:00Z`) };
      figures.push({
        id: "dashboard.allRooms",
        label: `Dashboard (12 month-ends), all ${rooms.length} rooms`,
        unit: "ms",
        ...(await measure(Math.min(runs, 3), () => getDashboard(dashboardDeps, { rooms, year: YEAR }))),
      });
    }

    // Annual report (bench/documents.bench.ts): figures + rendering, per format.
    if (opts.skip.includes("report")) skipped.push("annual report: skipped by --skip");
    else if (existsSync(new URL("./documents.bench.ts", import.meta.url))) {
      opts.log(`${kind}: annual report…`);
      const { benchDocuments } = await import("./documents.bench");
      const per: Record<string, number[]> = {};
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const d = await benchDocuments({ db, year: YEAR, rooms: rooms.slice(0, 8) });
        for (const [f, ms] of Object.entries(d.ms)) per[f] = [...(per[f] ?? []), ms];
      }
      for (const [f, samples] of Object.entries(per)) {
        figures.push({
          id: `report.${f}`,
          label: `Annual report, ${Math.min(8, rooms.length)} rooms (${f})`,
          unit: "ms",
          ...stat(samples),
        });
      }
    } else skipped.push("annual report: bench/documents.bench.ts not present");

    // Last: it adds 50 rooms with their desks, which the figures above must not see.
    if (opts.skip.includes("load")) skipped.push("50-desk load: skipped by --skip");
    else if (existsSync(new URL("./load.bench.ts", import.meta.url))) {
      opts.log(`${kind}: 50 desks at once over HTTP…`);
      const { benchLoad } = await import("./load.bench");
      const l = await benchLoad(raw, { desks: 50, perDesk: 20 });
      const note = `${l.requests} requests, ${l.lost} lost, ${l.errors} errors, one run`;
      const burstNote = `${l.burst.requests} requests at ${l.burst.requestsPerSecond}/s, ${l.burst.lost} lost, ${l.burst.errors} errors, one run`;
      figures.push({
        id: "load.p50",
        label: "50 desks, each a visit a second: register p50 (HTTP)",
        unit: "ms",
        ...stat([l.p50Ms]),
        note,
      });
      figures.push({
        id: "load.p99",
        label: "50 desks, each a visit a second: register p99 (HTTP)",
        unit: "ms",
        ...stat([l.p99Ms]),
        note,
      });
      figures.push({
        id: "load.burst.p99",
        label: "50 desks back to back (saturation): register p99 (HTTP)",
        unit: "ms",
        ...stat([l.burst.p99Ms]),
        note: burstNote,
      });
      figures.push({
        id: "load.burst.rps",
        label: "50 desks back to back (saturation): registrations per second",
        unit: "rows/s",
        ...stat([l.burst.requestsPerSecond]),
        note: burstNote,
      });
    } else skipped.push("50-desk load: bench/load.bench.ts not present, not measured");
    let memory: MemoryFigure[] | undefined;
    if (opts.memory && schemaUrl && size.stream) {
      // The indicator table's peak memory on this (large) data set, in a child process of its own.
      opts.log(`${kind}: peak memory of the all-rooms indicator table…`);
      const { memoryOfIndicators } = await import("./memory.bench");
      memory = [await memoryOfIndicators({ kind: "postgres", url: schemaUrl }, YEAR, `${size.name} data`)];
    }

    const [{ rows }] = await raw.query<{ rows: number }>("SELECT count(*)::int AS rows FROM people");
    if (explain && opts.explainFile) {
      opts.log(`${kind}: EXPLAIN ANALYZE of the heaviest queries…`);
      await explainHeaviest(raw, explain, opts.explainFile, size);
    }
    return {
      kind,
      version,
      rows: { ...imp.rows, peopleInDb: rows },
      visits,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      figures,
      referenceMatches: matches,
      skipped,
      memory,
    };
  } finally {
    clearInterval(sampler);
    await raw.close();
    await drop();
  }
}

/** The reference must give the engine's numbers, else the ratio compares different work. */
async function referenceAgrees(
  db: Queryable,
  repo: ReturnType<typeof indicatorsRepository>,
  scope: { rooms: string[]; from: string; to: string },
  sql: string,
): Promise<boolean> {
  const [ref, fig] = await Promise.all([
    db.query<RefRow>(sql, [scope.rooms, scope.from, scope.to]),
    repo.figures(scope),
  ]);
  const byGrp = new Map(ref.map((r) => [r.grp, r]));
  for (const g of PERSON_GROUPS) {
    const r = byGrp.get(g);
    const e = fig.persons[g];
    if ((r?.named ?? 0) !== e.named || (r?.anonymous_first_time ?? 0) !== e.anonymousFirstTime) return false;
  }
  return (byGrp.get("total")?.jobs ?? 0) === fig.jobs;
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage1m: r1(os.loadavg()[0]),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    pglite: pkg.dependencies?.["@electric-sql/pglite"] ?? "?",
    shared: "2-core machine shared with other engineers' tests during the run",
  };
}

async function explainHeaviest(
  db: Queryable,
  log: Map<string, { sql: string; params: unknown[]; ms: number }>,
  file: string,
  size: SizeSpec,
) {
  // The heaviest parameters of each SQL text, then the three heaviest texts.
  const bySql = new Map<string, { sql: string; params: unknown[]; ms: number }>();
  for (const q of log.values()) {
    if (!/^\s*(SELECT|WITH)\b/i.test(q.sql) || /\b(INSERT|UPDATE|DELETE)\b/i.test(q.sql)) continue;
    const prev = bySql.get(q.sql);
    if (!prev || prev.ms < q.ms) bySql.set(q.sql, q);
  }
  const heavy = [...bySql.values()].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const parts = [
    `# EXPLAIN ANALYZE: the three heaviest queries (${size.name}, PostgreSQL server)`,
    "",
    `Generated by \`npm run bench -- --size ${size.name}\` on ${new Date().toISOString().slice(0, 10)}.`,
    "Each SQL text seen while timing desk, indicators and dashboard, with its heaviest parameters,",
    "ranked by its fastest call with those parameters (the least disturbed by other load on the",
    "shared machine); re-run here with those parameters.",
    "",
  ];
  for (const [i, q] of heavy.entries()) {
    const plan = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
    const params = JSON.stringify(q.params).slice(0, 300);
    parts.push(
      `## ${i + 1}. fastest call ${r1(q.ms)} ms`,
      "",
      "```sql",
      q.sql.trim(),
      "```",
      "",
      `Parameters: \`${params}\``,
      "",
    );
    parts.push("```", ...plan.map((p) => p["QUERY PLAN"]), "```", "");
  }
  writeFileSync(file, parts.join("\n"));
}

export interface RunOptions {
  size: SizeSpec;
  dbs: DbKind[];
  runs: number;
  url?: string;
  out: string;
  markdown?: string;
  explainFile?: string;
  /** Leave out slow parts ("report", "dashboard", "load"), e.g. in the smoke test. */
  skip?: string[];
  /** Measure peak memory (bench/memory.bench.ts): imports of 250,000 and 1,000,000 visits from disk. */
  memory?: boolean;
  log?: (s: string) => void;
}

export async function runBench(o: RunOptions): Promise<RunResult> {
  const log = o.log ?? (() => {});
  const result: RunResult = {
    size: o.size,
    generatedAt: new Date().toISOString(),
    runs: o.runs,
    machine: machine(),
    databases: {},
    pgliteToServer: {},
  };
  for (const kind of o.dbs) {
    const explainFile = kind === "postgres" ? o.explainFile : undefined;
    result.databases[kind] = await benchDatabase(kind, o.size, o.runs, {
      url: o.url,
      explainFile,
      skip: o.skip ?? [],
      memory: o.memory,
      log,
    });
    if (explainFile) result.explainFile = explainFile;
  }
  if (o.memory) {
    const { benchMemory } = await import("./memory.bench");
    // The same rooms and persons, four times the visits: a streamed import should not grow.
    const sizes =
      o.size.name === "tiny"
        ? [custom("mem-tiny-a", 2, 2_000, 100), custom("mem-tiny-b", 2, 8_000, 100)]
        : [custom("mem250k", 30, 250_000, 20_000), custom("mem1m", 30, 1_000_000, 20_000)];
    const url = o.dbs.includes("postgres") ? o.url : undefined;
    result.memory = [
      ...(await benchMemory({ url, sizes, year: YEAR, log })),
      ...Object.values(result.databases).flatMap((d) => d?.memory ?? []),
    ];
  }
  const { pglite, postgres } = result.databases;
  if (pglite && postgres) {
    for (const f of pglite.figures) {
      const s = postgres.figures.find((x) => x.id === f.id);
      if (!s) continue;
      result.pgliteToServer[f.id] = r1(
        f.unit === "rows/s" ? s.median / f.median : f.median / Math.max(s.median, 0.1),
      );
    }
  }
  const file: ResultsFile = existsSync(o.out)
    ? JSON.parse(readFileSync(o.out, "utf8"))
    : { note: "Written by npm run bench; see BENCHMARKS.md.", results: {} };
  file.results[o.size.name] = result;
  writeFileSync(o.out, `${JSON.stringify(file, null, 2)}\n`);
  if (o.markdown) writeMarkdown(o.markdown, file);
  return result;
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

export function markdownTable(file: ResultsFile): string {
  const out: string[] = [];
  for (const r of Object.values(file.results)) {
    if (r.size.name === "tiny") continue;
    const dbs = (["postgres", "pglite"] as const).filter((k) => r.databases[k]);
    const anyDb = r.databases[dbs[0]];
    out.push(
      `### ${r.size.name} — ${r.size.rooms} rooms, ${anyDb?.visits.toLocaleString("en")} visit rows (measured ${r.generatedAt.slice(0, 10)})`,
      "",
      `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, load ${r.machine.loadAverage1m} at start, Node ${r.machine.node}; ${r.runs} runs after a warm-up. ${dbs.map((k) => `${k}: ${r.databases[k]?.version.split(" on ")[0].split(",")[0]}`).join("; ")}.`,
      "",
      `| Benchmark | ${dbs.map((k) => `${k} median (min–max)`).join(" | ")} | ÷ reference | PGlite ÷ server |`,
      `|---|${dbs.map(() => "---:").join("|")}|---:|---:|`,
    );
    for (const f of anyDb?.figures ?? []) {
      const cells = dbs.map((k) => {
        const x = r.databases[k]?.figures.find((y) => y.id === f.id);
        return x
          ? `${x.median.toLocaleString("en")} ${x.unit} (${x.min.toLocaleString("en")}–${x.max.toLocaleString("en")})`
          : "—";
      });
      const ref = dbs.map((k) => r.databases[k]?.figures.find((y) => y.id === f.id)?.ratioToReference);
      const refCell = ref.some((x) => x !== undefined)
        ? ref.map((x) => (x === undefined ? "—" : `${x}×`)).join(" / ")
        : "";
      const pg = r.pgliteToServer[f.id];
      out.push(`| ${f.label} | ${cells.join(" | ")} | ${refCell} | ${pg === undefined ? "" : `${pg}×`} |`);
    }
    out.push("");
    const matches = dbs.every((k) => r.databases[k]?.referenceMatches);
    out.push(
      `Reference gives the engine's visit numbers: ${matches ? "yes" : "NO"}. "÷ reference" is given per database (${dbs.join(" / ")}).`,
      "",
    );
    if (r.memory?.length) {
      out.push(
        "Peak memory (each in a child process of its own; `--memory`):",
        "",
        "| Measurement | database | peak RSS (before the work) | PostgreSQL process peak | time |",
        "|---|---|---:|---:|---:|",
      );
      for (const m of r.memory) {
        out.push(
          `| ${m.label} | ${m.db} | ${m.peakRssMb} MB (${m.baselineRssMb} MB) | ${m.dbPeakRssMb === null ? "—" : `${m.dbPeakRssMb} MB`} | ${(m.ms / 1000).toFixed(1)} s |`,
        );
      }
      out.push("");
    }
  }
  return out.join("\n");
}

function writeMarkdown(path: string, file: ResultsFile) {
  const table = markdownTable(file);
  const text = existsSync(path) ? readFileSync(path, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const i = text.indexOf(START);
  const j = text.indexOf(END);
  const next =
    i >= 0 && j > i
      ? `${text.slice(0, i + START.length)}\n${table}\n${text.slice(j)}`
      : `${text}\n${START}\n${table}\n${END}\n`;
  writeFileSync(path, next);
}

/** `npm run bench -- <flags>` and `cli bench <flags>`. */
export async function benchMain(args: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: BENCH_OPTIONS,
  });
  let size = SIZES[values.size ?? "demo"];
  if (values.rooms || values.visits || values.persons) {
    const n = (v: string | undefined, d: number) => (v ? Number(v) : d);
    size = custom(
      values.size && !SIZES[values.size] ? values.size : "custom",
      n(values.rooms, 8),
      n(values.visits, 100_000),
      n(values.persons, 2_000),
      n(values.days, 1095),
    );
  }
  if (!size)
    throw new Error(
      `unknown --size ${values.size} (tiny, demo, 8x3, national, or --rooms/--visits/--persons)`,
    );
  const url = values.url ?? process.env.DATABASE_URL;
  const dbs: DbKind[] =
    values.db === "both" ? (url ? ["pglite", "postgres"] : ["pglite"]) : [values.db as DbKind];
  if (size.name === "national" && dbs.includes("pglite")) {
    throw new Error("national scale runs on the server only: --db postgres with DATABASE_URL");
  }
  const result = await runBench({
    size,
    dbs,
    runs: Number(values.runs),
    url,
    out: values.out ?? "bench/results.json",
    markdown: values["no-markdown"] ? undefined : values.markdown,
    explainFile: url && dbs.includes("postgres") ? `bench/explain-${size.name}.md` : undefined,
    skip: (values.skip ?? "").split(",").filter(Boolean),
    // National scale measures memory always (issue 9); other sizes with --memory.
    memory: values.memory === true || size.name === "national",
    log: (s) => process.stderr.write(`${s}\n`),
  });
  for (const m of result.memory ?? []) {
    console.log(`  peak memory: ${m.label}: ${m.peakRssMb} MB (${m.db}; before: ${m.baselineRssMb} MB)`);
  }
  for (const [kind, d] of Object.entries(result.databases)) {
    console.log(`\n${kind} (${d.visits} visits)`);
    for (const f of d.figures) {
      console.log(
        `  ${f.label.padEnd(58)} ${String(f.median).padStart(10)} ${f.unit}  (${f.min}–${f.max})${f.ratioToReference ? `  ${f.ratioToReference}× reference` : ""}`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchMain();
}
