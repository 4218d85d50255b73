import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_DIR as migrationsDir } from "../config/package";
import type { Database } from "./database";

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
}

/** Applies every migration not applied yet, each in its own transaction. Returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    const sql = readFileSync(join(migrationsDir, name), "utf8");
    const done = await db.tx(async (q) => {
      // Serialises concurrent starters on a server; harmless on PGlite.
      await q.query("SELECT pg_advisory_xact_lock(4242)");
      const rows = await q.query("SELECT 1 FROM schema_migrations WHERE name = $1", [name]);
      if (rows.length > 0) return false;
      await q.exec(sql);
      await q.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
