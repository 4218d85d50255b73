import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import {
  DATE_OID,
  type Database,
  INT8_OID,
  NUMERIC_OID,
  parseDate,
  parseInt8,
  parseNumeric,
  type Queryable,
} from "./database";

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
  return {
    kind: "pglite",
    location: dataDir ?? ":memory:",
    ...wrap(pg),
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    close: () => pg.close(),
    dump: () => pg.dumpDataDir("none"),
  };
}
