import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, describe } from "vitest";
import type { Database } from "../../src/db/database";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";
import { openPostgres } from "../../src/db/postgres";

export const SERVER_URL = process.env.TEST_DATABASE_URL;

// initdb + migrations take seconds on PGlite; do them once per worker and copy the result.
let template: Promise<Blob> | undefined;
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = process.env.BUURTBOEK_TEST_TEMPLATE;
    if (file) return new Blob([readFileSync(file)]);
    const db = await openPglite();
    await migrate(db);
    const blob = await db.dump();
    await db.close();
    return blob;
  })();
  return template;
}

let warned = false;
function warnOnce() {
  if (warned || SERVER_URL) return;
  warned = true;
  console.warn(
    "\n[buurtboek] LET OP: TEST_DATABASE_URL is niet gezet: de databasetests op de PostgreSQL-server worden OVERGESLAGEN; alleen PGlite draait.\n",
  );
}

/** A fresh, migrated database of the given kind. On the server each one is its own schema. */
export async function freshDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite") return openPglite(undefined, await migratedTemplate());
  if (!SERVER_URL) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const inner = await openPostgres(url.toString(), 4);
  await migrate(inner);
  return {
    ...inner,
    close: async () => {
      await inner.close();
      const a = new pg.Client({ connectionString: SERVER_URL });
      await a.connect();
      await a.query(`DROP SCHEMA ${schema} CASCADE`);
      await a.end();
    },
  };
}

/**
 * Runs a suite once on PGlite and once on the PostgreSQL server (when TEST_DATABASE_URL is set;
 * otherwise the server run is skipped with a visible notice). `db()` gives that run's database,
 * created on first use and closed after the suite.
 */
export function describeEachDatabase(name: string, body: (db: () => Promise<Database>) => void) {
  warnOnce();
  for (const kind of ["pglite", "postgres"] as const) {
    const run = kind === "postgres" && !SERVER_URL ? describe.skip : describe;
    run(`${name} [${kind}]`, () => {
      let instance: Promise<Database> | undefined;
      const db = () => {
        instance ??= freshDatabase(kind);
        return instance;
      };
      afterAll(async () => {
        if (instance) await (await instance).close();
      });
      body(db);
    });
  }
}
