import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import {
  DATE_OID,
  type Database,
  INT8_OID,
  NUMERIC_OID,
  PREPARE_FROM_CHARS,
  parseDate,
  parseInt8,
  parseNumeric,
  type Queryable,
  statementName,
} from "./database";

/*
 * PGlite plans every query it is sent, and has no protocol-level statement cache to reach from
 * here; planning the indicator figures takes longer than running them (decision 091). So a long
 * parameterised query is PREPAREd once in SQL and then EXECUTEd with its parameters written as
 * quoted literals. Only values whose literal form is exact go this way (null, finite numbers,
 * booleans, strings, dates, and arrays of those); anything else, or a text PREPARE refuses,
 * takes the ordinary path. Never inside a transaction: a PREPARE there could be rolled back
 * while the map still held its name.
 */
function literal(v: unknown): string | undefined {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") return Number.isFinite(v) ? `'${v}'` : undefined;
  if (typeof v === "boolean") return v ? "'true'" : "'false'";
  if (typeof v === "string") return v.includes("\0") ? undefined : `'${v.replace(/'/g, "''")}'`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : `'${v.toISOString()}'`;
  if (Array.isArray(v)) {
    const items: string[] = [];
    for (const x of v) {
      if (x === null || x === undefined) items.push("NULL");
      else if (typeof x === "number" && Number.isFinite(x)) items.push(String(x));
      else if (typeof x === "string" && !x.includes("\0"))
        items.push(`"${x.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
      else return undefined;
    }
    return `'{${items.join(",").replace(/'/g, "''")}}'`;
  }
  return undefined;
}

async function preparedCall(
  pg: PGlite,
  prepared: Map<string, string | null>,
  text: string,
  params: readonly unknown[],
): Promise<string | null> {
  const args: string[] = [];
  for (const p of params) {
    const l = literal(p);
    if (l === undefined) return null;
    args.push(l);
  }
  let name = prepared.get(text);
  if (name === undefined) {
    const candidate = statementName(text);
    try {
      await pg.exec(`PREPARE ${candidate} AS ${text}`);
      name = candidate;
    } catch {
      name = null;
    }
    prepared.set(text, name);
  }
  return name ? `EXECUTE ${name}${args.length ? `(${args.join(", ")})` : ""}` : null;
}

const parsers = { [NUMERIC_OID]: parseNumeric, [INT8_OID]: parseInt8, [DATE_OID]: parseDate };

export interface PgliteDatabase extends Database {
  /** A tarball of the whole data folder (a consistent snapshot: PGlite runs one query at a time). */
  dump(): Promise<Blob>;
}

/**
 * Opens the embedded database in dataDir, or in memory when dataDir is undefined (tests).
 * `from` starts it from a dump made by `dump()` (test templates, restore).
 */
export async function openPglite(dataDir?: string, from?: Blob): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(from ? { loadDataDir: from } : {}),
    parsers,
  });
  const wrap = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<T>(text: string, params?: readonly unknown[]) {
      const res = await q.query<T>(text, params as unknown[] | undefined);
      return res.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  // Long parameterised queries outside a transaction: prepared once (see preparedCall), with a
  // generic plan, as on the server (decision 091).
  await pg.exec("SET plan_cache_mode = force_generic_plan");
  const prepared = new Map<string, string | null>();
  const top = wrap(pg);
  return {
    kind: "pglite",
    location: dataDir ?? ":memory:",
    ...top,
    async query<T>(text: string, params?: readonly unknown[]) {
      const call =
        params && text.length >= PREPARE_FROM_CHARS ? await preparedCall(pg, prepared, text, params) : null;
      return call ? (await pg.query<T>(call)).rows : top.query<T>(text, params);
    },
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    close: () => pg.close(),
    dump: () => pg.dumpDataDir("none"),
  };
}
