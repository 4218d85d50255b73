/**
 * Peak memory (issue 9): the resident set of a process importing a bundle streamed from disk, and
 * of one computing the all-rooms indicator table. Each measurement runs in a child process of its
 * own (`tsx bench/memory.bench.ts child …`), so its peak (`process.resourceUsage().maxRSS`) holds
 * that work only, not the harness or an earlier step. On the PostgreSQL server the child works on
 * one connection, and the peak of that server process is read from /proc/<pid>/status (VmHWM) when
 * the server runs on this machine; it includes the shared buffers that process touched. On PGlite
 * the database lives inside the child, so its peak includes the database.
 *
 * Flat memory is shown by importing two sizes (e.g. 250,000 and 1,000,000 visits) with the same
 * rooms and persons: the peak should barely move while the file grows fourfold.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Database } from "../src/db/database";
import { writeBundleFiles } from "../src/demo/generate-stream";
import type { SizeSpec } from "./run";

export interface MemoryFigure {
  id: string;
  label: string;
  /** Rows in the bundle (import) or visit rows in the database (indicators). */
  rows: number;
  /** Size of the bundle's files on disk (import only). */
  fileMb?: number;
  /** Peak resident set of the child process, and its resident set before the work started. */
  peakRssMb: number;
  baselineRssMb: number;
  /** Peak resident set of the PostgreSQL server process that did the work, when readable. */
  dbPeakRssMb: number | null;
  ms: number;
  db: "pglite" | "postgres";
}

interface ChildResult {
  peakRssMb: number;
  baselineRssMb: number;
  dbPeakRssMb: number | null;
  ms: number;
  rows: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Peak resident set of a local process in MB (VmHWM), or null when it cannot be read. */
function processPeakMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** A URL whose connections work in `schema`. */
export function schemaUrl(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

/** Where a child works: a server schema, or a PGlite folder. */
type Target = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

async function openTarget(t: Target): Promise<{ db: Database; pid: () => Promise<number | null> }> {
  const { migrate } = await import("../src/db/migrate");
  if (t.kind === "pglite") {
    const { openPglite } = await import("../src/db/pglite");
    const db = await openPglite(t.dir);
    await migrate(db);
    return { db, pid: async () => null };
  }
  const { openPostgres } = await import("../src/db/postgres");
  // One connection, so the server process that does the work is the one whose peak is read.
  const db = await openPostgres(t.url, 1);
  await migrate(db);
  return {
    db,
    pid: async () => (await db.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"))[0].pid,
  };
}

/** Runs in the child: one import or one indicator table, then prints its figures as JSON. */
async function child(args: string[]) {
  const [what, targetJson, arg] = args;
  const target = JSON.parse(targetJson) as Target;
  const { db, pid } = await openTarget(target);
  const serverPid = await pid();
  const baseline = process.memoryUsage().rss;
  const t = performance.now();
  let rows = 0;
  if (what === "import") {
    const { openBundle } = await import("../src/domain/import/read-bundle");
    const { importBundle } = await import("../src/domain/import/import-bundle");
    const report = await importBundle({ db }, await openBundle(arg));
    if (!report.applied) {
      const f = report.rejected[0];
      throw new Error(`benchmark data rejected: ${f?.file} line ${f?.line} ${f?.field}: ${f?.reason}`);
    }
    rows = Object.values(report.imported).reduce((a, b) => a + b, 0);
  } else {
    const { indicatorsRepository } = await import("../src/db/indicators.repository");
    const { computeIndicators } = await import("../src/domain/indicators/compute-indicators");
    const repo = indicatorsRepository(db);
    const rooms = await repo.allRoomIds();
    await computeIndicators({ indicators: repo }, { rooms, from: `${arg}-01-01`, to: `${arg}-12-31` });
    rows = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM visits"))[0].n;
  }
  const ms = performance.now() - t;
  const result: ChildResult = {
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    baselineRssMb: mb(baseline),
    dbPeakRssMb: serverPid ? processPeakMb(serverPid) : null,
    ms: Math.round(ms),
    rows,
  };
  await db.close();
  process.stdout.write(`\n@@memory ${JSON.stringify(result)}\n`);
}

/** Starts a child and returns what it measured. */
function runChild(what: "import" | "indicators", target: Target, arg: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const script = new URL(import.meta.url).pathname;
    const p = spawn(
      process.execPath,
      ["--import", "tsx", script, "child", what, JSON.stringify(target), arg],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      err += d;
    });
    p.on("error", reject);
    p.on("close", (code) => {
      const m = /@@memory (\{.*\})/.exec(out);
      if (code !== 0 || !m) reject(new Error(`memory child (${what}) failed (${code}): ${err.slice(-2000)}`));
      else resolve(JSON.parse(m[1]));
    });
  });
}

async function dirSizeMb(dir: string): Promise<number> {
  let n = 0;
  for (const f of await readdir(dir)) n += statSync(join(dir, f)).size;
  return Math.round((n / 1024 / 1024) * 10) / 10;
}

export interface MemoryOptions {
  /** Server URL; without it the children work on PGlite folders. */
  url?: string;
  /** Bundles to import, each written to disk first, e.g. 250,000 and 1,000,000 visits. */
  sizes: SizeSpec[];
  /** Year of the indicator table, computed on the data of the last size. */
  year: number;
  log?: (s: string) => void;
}

/** Imports each size into a fresh database in a child, then computes the indicator table on the last. */
export async function benchMemory(o: MemoryOptions): Promise<MemoryFigure[]> {
  const log = o.log ?? (() => {});
  const figures: MemoryFigure[] = [];
  const work = mkdtempSync(join(tmpdir(), "buurtboek-memory-"));
  const admin = o.url ? new pg.Client({ connectionString: o.url }) : undefined;
  await admin?.connect();
  const schemas: string[] = [];
  try {
    for (const [i, size] of o.sizes.entries()) {
      const dir = join(work, `bundle-${size.name}`);
      log(`memory: writing the ${size.name} bundle to disk…`);
      const counts = writeBundleFiles(dir, size);
      const fileMb = await dirSizeMb(dir);
      let target: Target;
      if (o.url && admin) {
        const schema = `bench_mem_${randomBytes(4).toString("hex")}`;
        await admin.query(`CREATE SCHEMA ${schema}`);
        schemas.push(schema);
        target = { kind: "postgres", url: schemaUrl(o.url, schema) };
      } else target = { kind: "pglite", dir: join(work, `db-${size.name}`) };
      log(`memory: importing ${size.name} (${fileMb} MB) in a child process…`);
      const r = await runChild("import", target, dir);
      rmSync(dir, { recursive: true, force: true });
      const visits = counts["visits.csv"] ?? 0;
      figures.push({
        id: `memory.import.${size.name}`,
        label: `Import of a ${visits.toLocaleString("en")}-visit bundle from disk (${r.rows.toLocaleString("en")} rows, ${fileMb} MB)`,
        rows: r.rows,
        fileMb,
        peakRssMb: r.peakRssMb,
        baselineRssMb: r.baselineRssMb,
        dbPeakRssMb: r.dbPeakRssMb,
        ms: r.ms,
        db: target.kind,
      });
      if (i === o.sizes.length - 1) {
        log(`memory: indicator table, all rooms, ${o.year}, on the ${size.name} data…`);
        figures.push(await memoryOfIndicators(target, o.year, `on the ${size.name} data`));
      }
    }
  } finally {
    for (const s of schemas) await admin?.query(`DROP SCHEMA ${s} CASCADE`);
    await admin?.end();
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}

/** The all-rooms indicator table's peak memory on data that is already there (e.g. the national set). */
export async function memoryOfIndicators(target: Target, year: number, what: string): Promise<MemoryFigure> {
  const r = await runChild("indicators", target, String(year));
  return {
    id: `memory.indicators.${what.replace(/\W+/g, "_")}`,
    label: `Indicator table, all rooms, ${year}, ${what} (${r.rows.toLocaleString("en")} visit rows)`,
    rows: r.rows,
    peakRssMb: r.peakRssMb,
    baselineRssMb: r.baselineRssMb,
    dbPeakRssMb: r.dbPeakRssMb,
    ms: r.ms,
    db: target.kind,
  };
}

if (process.argv[2] === "child" && import.meta.url === `file://${process.argv[1]}`) {
  await child(process.argv.slice(3));
}
