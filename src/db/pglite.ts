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

/** Opens the embedded database in dataDir, or in memory when dataDir is undefined (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ? { dataDir, parsers } : { parsers });
  const wrap = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<T>(text: string, params?: readonly unknown[]) {
      const res = await q.query<T>(text, params as unknown[] | undefined);
      return res.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  const base = wrap(pg);
  return {
    kind: "pglite",
    location: dataDir ?? ":memory:",
    ...base,
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    close: () => pg.close(),
  };
}
