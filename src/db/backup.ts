import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { BackupErrors } from "../domain/backup/backup.errors";
import type { Database, Queryable } from "./database";
import { openPglite, type PgliteDatabase } from "./pglite";

/**
 * Snapshots and restores of the database, one function per kind. PGlite: its own data-folder
 * tarball. PostgreSQL server: every table of the schema as JSON text, read in one REPEATABLE READ
 * transaction (one consistent moment), restored in one transaction in foreign-key order.
 */
// The visit roll-ups (migration 0090) are derived from visits: not saved, and rebuilt by the
// triggers on visits as a restore inserts the visits again.
const SKIP = new Set(["schema_migrations", "visit_rollup_persons", "visit_rollup_sums"]);

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tablesOf(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

async function migrationsOf(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
  return rows.map((r) => r.name);
}

interface PgSnapshot {
  format: "buurtboek-pg-1";
  migrations: string[];
  /** Table name → its rows as the JSON text PostgreSQL wrote (kept as text: no precision lost). */
  tables: Record<string, string>;
}

export async function snapshotDatabase(db: Database): Promise<Buffer> {
  if (db.kind === "pglite") return Buffer.from(await (await (db as PgliteDatabase).dump()).arrayBuffer());
  return db.tx(async (q) => {
    // Must be the first statement of the transaction to take effect.
    await q.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const snap: PgSnapshot = { format: "buurtboek-pg-1", migrations: await migrationsOf(q), tables: {} };
    for (const t of await tablesOf(q)) {
      if (SKIP.has(t)) continue;
      const [row] = await q.query<{ rows: string }>(
        `SELECT coalesce(json_agg(x), '[]'::json)::text AS rows FROM ${ident(t)} x`,
      );
      snap.tables[t] = row.rows;
    }
    return Buffer.from(JSON.stringify(snap), "utf8");
  });
}

interface ForeignKey {
  child: string;
  parent: string;
  col: string;
}

/** Parents before children; a table referring to itself is handled by the caller. */
function dependencyOrder(tables: string[], fks: ForeignKey[]): string[] {
  const done = new Set<string>();
  const out: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (done.has(t)) return;
    if (visiting.has(t)) throw new Error(`foreign keys form a cycle at ${t}`);
    visiting.add(t);
    for (const fk of fks)
      if (fk.child === t && fk.parent !== t && tables.includes(fk.parent)) visit(fk.parent);
    visiting.delete(t);
    done.add(t);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/** Replaces every row of a migrated PostgreSQL schema with the snapshot's, in one transaction. */
export async function restorePostgres(db: Database, snapshot: Buffer): Promise<Record<string, number>> {
  const snap = JSON.parse(snapshot.toString("utf8")) as PgSnapshot;
  if (snap.format !== "buurtboek-pg-1") throw new Error("unknown snapshot format");
  return db.tx(async (q) => {
    const target = await migrationsOf(q);
    const diff = [
      ...snap.migrations.filter((m) => !target.includes(m)),
      ...target.filter((m) => !snap.migrations.includes(m)),
    ];
    if (diff.length) throw BackupErrors.SchemaMismatch({ names: diff.join(", ") });
    const tables = (await tablesOf(q)).filter((t) => !SKIP.has(t));
    const fks = await q.query<ForeignKey>(
      `SELECT cl.relname AS child, pcl.relname AS parent, a.attname AS col
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_class pcl ON pcl.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND n.nspname = current_schema()`,
    );
    const order = dependencyOrder(tables, fks);
    // A restore puts rows back as they were: the app's triggers (the audit log's append-only
    // guard, the desk's participation stage, …) stay off while it runs, in this transaction only.
    // The roll-up triggers stay on: they rebuild the roll-ups, which the snapshot leaves out.
    const triggers = await q.query<{ tbl: string; name: string }>(
      `SELECT c.relname AS tbl, t.tgname AS name
         FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND n.nspname = current_schema()
          AND t.tgname NOT LIKE 'visit\\_rollup\\_%'
        ORDER BY 1, 2`,
    );
    for (const t of triggers) await q.exec(`ALTER TABLE ${ident(t.tbl)} DISABLE TRIGGER ${ident(t.name)}`);
    for (const t of [...order].reverse()) await q.exec(`DELETE FROM ${ident(t)}`);
    const counts: Record<string, number> = {};
    for (const t of order) {
      const rows = snap.tables[t] ?? "[]";
      const cols = (
        await q.query<{ name: string }>(
          `SELECT attname AS name FROM pg_attribute
            WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum`,
          [ident(t)],
        )
      ).map((c) => c.name);
      const selfRefs = fks.filter((f) => f.child === t && f.parent === t).map((f) => f.col);
      const select = cols.map((c) => (selfRefs.includes(c) ? "NULL" : `s.${ident(c)}`)).join(", ");
      await q.query(
        `INSERT INTO ${ident(t)} (${cols.map(ident).join(", ")}) OVERRIDING SYSTEM VALUE
         SELECT ${select} FROM json_populate_recordset(NULL::${ident(t)}, $1::json) s`,
        [rows],
      );
      if (selfRefs.length) {
        const pk = await primaryKey(q, t);
        await q.query(
          `UPDATE ${ident(t)} t SET ${selfRefs.map((c) => `${ident(c)} = s.${ident(c)}`).join(", ")}
             FROM json_populate_recordset(NULL::${ident(t)}, $1::json) s
            WHERE ${pk.map((c) => `t.${ident(c)} = s.${ident(c)}`).join(" AND ")}`,
          [rows],
        );
      }
      // Serial columns continue after the restored ids, not at 1.
      for (const c of cols) {
        const [{ seq }] = await q.query<{ seq: string | null }>(
          "SELECT pg_get_serial_sequence($1, $2) AS seq",
          [ident(t), c],
        );
        if (!seq) continue;
        await q.query(
          `SELECT setval($1::regclass, coalesce((SELECT max(${ident(c)}) FROM ${ident(t)}), 0) + 1, false)`,
          [seq],
        );
      }
      const [{ n }] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(t)}`);
      counts[t] = n;
    }
    for (const t of triggers) await q.exec(`ALTER TABLE ${ident(t.tbl)} ENABLE TRIGGER ${ident(t.name)}`);
    return counts;
  });
}

async function primaryKey(q: Queryable, table: string): Promise<string[]> {
  const rows = await q.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    [ident(table)],
  );
  return rows.map((r) => r.name);
}

/**
 * Row count and an md5 over the rows in a fixed order, per table: equal before and after restore.
 * schema_migrations counts by name only: a restore keeps the target's own applied_at.
 */
export async function tableChecksums(db: Queryable): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of await tablesOf(db)) {
    const [r] = await db.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5
         FROM (SELECT row_to_json(y)::text AS x FROM ${t === "schema_migrations" ? "(SELECT name FROM schema_migrations)" : ident(t)} y) z`,
    );
    out[t] = r;
  }
  return out;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Restores a PGlite snapshot as the data folder `dir`. An existing folder is kept aside (renamed,
 * never deleted) so a restore by mistake can be undone; a folder in use is refused.
 */
export async function restorePgliteFolder(dir: string, snapshot: Buffer, now: Date): Promise<string | null> {
  const lock = join(dir, "buurtboek.lock");
  if (existsSync(lock)) {
    let pid = 0;
    try {
      pid = JSON.parse(readFileSync(lock, "utf8")).pid ?? 0;
    } catch {}
    if (pid && pid !== process.pid && pidAlive(pid)) throw BackupErrors.InUse({ dir, pid });
  }
  let keptAs: string | null = null;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    keptAs = `${dir}.voor-herstel-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dir, keptAs);
  }
  const db = await openPglite(dir, new Blob([new Uint8Array(snapshot)]));
  await db.close();
  return keptAs;
}
