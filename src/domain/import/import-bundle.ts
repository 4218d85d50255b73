import { createHash } from "node:crypto";
import { type Bundle, type BundleRow, type BundleStream, streamOfBundle } from "./bundle";
import type { ImportDb, SqlQueryable } from "./ports";
import { ERASED_PERSON, FILE_SPECS } from "./spec";
import {
  FileValidator,
  type KnownRefs,
  MISSING_ROOMS,
  type NormValue,
  type RejectedRow,
  type ValidRow,
} from "./validate-bundle";
import { cellText } from "./values";

export type { RejectedRow } from "./validate-bundle";

export interface ImportReport {
  /** Whether rows were stored: false for a dry run and for an all-or-nothing import with rejected rows. */
  applied: boolean;
  /** New rows per file (name without .csv) — stored, or that would be stored when not applied. */
  imported: Record<string, number>;
  /** Rows that were already in the database from an earlier import. */
  unchanged: number;
  rejected: RejectedRow[];
}

export interface ImportOptions {
  /** Store the valid rows even when others are rejected. */
  partial?: boolean;
  /** Check and count only; store nothing. */
  dryRun?: boolean;
  /** How far the import is: rows for a bundle in memory, bytes read for files streamed from disk. */
  onProgress?: (done: number, total: number) => void;
  /** Who imports, for the audit log. */
  userId?: number | null;
}

const BATCH = 5000;

class Rollback {
  constructor(readonly report: ImportReport) {}
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const isStream = (b: Bundle | BundleStream): b is BundleStream => Array.isArray((b as BundleStream).files);

/**
 * Imports a bundle (INTERCHANGE.md "Files") in one transaction. All or nothing by default;
 * `partial` stores the valid rows; `dryRun` stores nothing. Rows already imported (same identity)
 * are counted as unchanged, so importing a bundle twice changes nothing.
 *
 * A `BundleStream` (from `openBundle`) is read while it is imported: each file batch by batch —
 * read, checked, written — so memory holds a batch and the keys (rooms, persons, row
 * identities), never a file. A `Bundle` in memory goes the same way.
 */
export async function importBundle(
  deps: { db: ImportDb },
  bundle: Bundle | BundleStream,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const stream = isStream(bundle) ? bundle : streamOfBundle(bundle);
  let report: ImportReport;
  try {
    report = await deps.db.tx(async (q) => {
      const report: ImportReport = { applied: false, imported: {}, unchanged: 0, rejected: [] };
      // The ladder's triggers wait; the persons of the bundle get their stages once, at the end.
      await q.query("SELECT set_config('buurtboek.ladder', 'deferred', true)");
      const persons = await importFiles(q, stream, report, opts.onProgress);
      const store = !opts.dryRun && (report.rejected.length === 0 || opts.partial === true);
      if (!store) throw new Rollback(report);
      // Nothing new (the same bundle again): the ladder stays as it is.
      if (Object.values(report.imported).some((n) => n > 0)) await refreshLadder(q, persons);
      await q.query("SELECT set_config('buurtboek.ladder', '', true)");
      report.applied = true;
      await q.query("INSERT INTO audit_log (user_id, action, details) VALUES ($1, 'import', $2)", [
        opts.userId ?? null,
        JSON.stringify({
          imported: report.imported,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
          partial: opts.partial === true,
        }),
      ]);
      return report;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.report;
    throw err;
  }
  // Fresh statistics for the planner after many new rows: PGlite has no autovacuum at all, and on
  // the server the first desk searches after a national-size import ran with stale ones (a
  // 0.7 ms query took 360 ms). A sample of each table, so seconds even at 10,000,000 visits.
  const stored = Object.values(report.imported).reduce((a, b) => a + b, 0);
  if (report.applied && stored >= ANALYZE_FROM_ROWS) await deps.db.query("ANALYZE");
  return report;
}

const ANALYZE_FROM_ROWS = 10_000;

interface PersonRef {
  id: number;
  erased: boolean;
}

interface Context {
  /** Known people by the bundle's reference (stored ones, also erased and merged). */
  persons: Map<string, PersonRef>;
  /** What rows may refer to: rooms and persons stored or declared earlier in the bundle. */
  known: KnownRefs;
  /** References looked up and not found, so they are looked up once. */
  missingRooms: Set<string>;
  missingPersons: Set<string>;
}

const LADDER_BATCH = 2000;

/**
 * Derives the stages of the persons the bundle named (`ladder_refresh`, migration 202612041930),
 * a batch of persons per statement: set-based, like the rest of the import (decision 010).
 */
async function refreshLadder(q: SqlQueryable, persons: Map<string, PersonRef>) {
  const ids = [...new Set([...persons.values()].map((p) => p.id))].sort((a, b) => a - b);
  for (let start = 0; start < ids.length; start += LADDER_BATCH) {
    await q.query("SELECT ladder_refresh($1::int8[])", [ids.slice(start, start + LADDER_BATCH)]);
  }
}

/**
 * The files in the order of FILE_SPECS (rooms and people first: the others refer to them), each
 * read batch by batch. While one batch is written, the next is read and checked: on the server
 * the database and this process work at the same time.
 */
async function importFiles(
  q: SqlQueryable,
  stream: BundleStream,
  report: ImportReport,
  onProgress?: (done: number, total: number) => void,
) {
  const byName = new Map(stream.files.map((f) => [f.name, f]));
  if (!byName.has("rooms")) report.rejected.push({ ...MISSING_ROOMS });
  const ctx: Context = {
    persons: new Map(),
    known: { rooms: new Set(), persons: new Set() },
    missingRooms: new Set(),
    missingPersons: new Set(),
  };
  const count = (name: string, stored: number, total: number) => {
    report.imported[name] = (report.imported[name] ?? 0) + stored;
    report.unchanged += total - stored;
  };
  const writers = fileWriters(q, ctx, count);
  for (const spec of FILE_SPECS) {
    const file = byName.get(spec.name);
    if (!file) continue;
    report.imported[spec.name] = 0;
    const validator = new FileValidator(spec, file.source, ctx.known, report.rejected);
    const hasPerson = spec.name !== "people" && spec.columns.some((c) => c.type.t === "person");
    const hasRoom = spec.columns.some((c) => c.type.t === "room");
    const write = writers[spec.name];
    let pending: Promise<void> | undefined;
    for await (const batch of file.batches()) {
      const unknown = unknownRefs(ctx, batch, { rooms: hasRoom, persons: hasPerson });
      if (unknown.rooms.length || unknown.persons.length) {
        // One statement at a time on the transaction: the lookup waits for the write in flight.
        if (pending) await pending;
        pending = undefined;
        await lookUpRefs(q, ctx, unknown);
      }
      const rows = validator.validate(batch);
      if (pending) await pending;
      const progress = stream.progress?.();
      pending = write(rows).then(() => {
        if (progress) onProgress?.(progress.done, progress.total);
      });
      // Awaited before the next batch; until then a failure must not count as unhandled.
      pending.catch(() => {});
    }
    if (pending) await pending;
  }
  return ctx.persons;
}

/** The rooms and persons a batch names that are neither known nor looked up before. */
function unknownRefs(
  ctx: Context,
  batch: readonly BundleRow[],
  what: { rooms: boolean; persons: boolean },
): { rooms: string[]; persons: string[] } {
  const rooms = new Set<string>();
  const persons = new Set<string>();
  for (const row of batch) {
    if (what.rooms) {
      const r = cellText(row.values.room);
      if (r && !ctx.known.rooms.has(r) && !ctx.missingRooms.has(r)) rooms.add(r);
    }
    if (what.persons) {
      const ref = cellText(row.values.person);
      if (ref && ref !== ERASED_PERSON && !ctx.known.persons.has(ref) && !ctx.missingPersons.has(ref))
        persons.add(ref);
    }
  }
  return { rooms: [...rooms], persons: [...persons] };
}

/** Looks them up in the database: one query each, per batch; what is not found is remembered as missing. */
async function lookUpRefs(q: SqlQueryable, ctx: Context, unknown: { rooms: string[]; persons: string[] }) {
  if (unknown.rooms.length) {
    const found = await q.query<{ id: string }>("SELECT id FROM rooms WHERE id = ANY($1::text[])", [
      unknown.rooms,
    ]);
    for (const r of found) ctx.known.rooms.add(r.id);
    for (const r of unknown.rooms) if (!ctx.known.rooms.has(r)) ctx.missingRooms.add(r);
  }
  if (unknown.persons.length) {
    const found = await lookupPersons(q, unknown.persons);
    for (const [ref, p] of found) {
      ctx.persons.set(ref, p);
      ctx.known.persons.add(ref);
    }
    for (const ref of unknown.persons) if (!found.has(ref)) ctx.missingPersons.add(ref);
  }
}

/** People by reference, also erased ones (found by the hash of their reference) and merged ones. */
async function lookupPersons(q: SqlQueryable, refs: string[]): Promise<Map<string, PersonRef>> {
  const map = new Map<string, PersonRef>();
  if (refs.length === 0) return map;
  const byHash = new Map(refs.map((r) => [sha256(r), r]));
  const rows = await q.query<{
    id: number;
    ref: string | null;
    ref_hash: string | null;
    erased: boolean;
    target: number | null;
  }>(
    `SELECT p.id, p.ref, p.ref_hash, p.erased_at IS NOT NULL AS erased,
            CASE WHEN p.merged_into IS NOT NULL THEN (
              WITH RECURSIVE chain(id, next) AS (
                SELECT id, merged_into FROM people WHERE id = p.merged_into
                UNION ALL SELECT x.id, x.merged_into FROM people x JOIN chain c ON x.id = c.next
              ) SELECT id FROM chain WHERE next IS NULL LIMIT 1) END AS target
       FROM people p WHERE p.ref = ANY($1::text[]) OR p.ref_hash = ANY($2::text[])`,
    [refs, [...byHash.keys()]],
  );
  for (const r of rows) {
    const ref = r.ref ?? (r.ref_hash ? byHash.get(r.ref_hash) : undefined);
    if (ref === undefined) continue;
    const prev = map.get(ref);
    // An erased record wins over a live one with the same reference: erased stays erased.
    if (prev?.erased) continue;
    map.set(ref, { id: r.target ?? r.id, erased: r.erased });
  }
  return map;
}

type SqlType = "text" | "date" | "bool" | "numeric" | "int8" | "int4";
type Col = [name: string, type: SqlType];

/** Inserts rows with one `unnest` statement per batch; returns how many were new. */
async function insertUnnest(
  q: SqlQueryable,
  table: string,
  cols: Col[],
  rows: unknown[][],
  conflict: string,
): Promise<number> {
  let inserted = 0;
  const names = cols.map(([n]) => n).join(", ");
  const arrays = cols.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ");
  const sql = `WITH ins AS (INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays}) ${conflict} RETURNING 1)
       SELECT count(*)::int AS n FROM ins`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const end = Math.min(rows.length, start + BATCH);
    const params = cols.map((_, i) => arrayLiteral(rows, i, start, end));
    const res = await q.query<{ n: number }>(sql, params);
    inserted += res[0]?.n ?? 0;
  }
  return inserted;
}

/**
 * Column `col` of rows[start, end) as a PostgreSQL array literal (`{"a","b",NULL}`): one text
 * parameter per column rather than the driver escaping every element, which showed up in profiles.
 */
function arrayLiteral(rows: unknown[][], col: number, start: number, end: number): string {
  let out = "{";
  for (let r = start; r < end; r++) {
    if (r > start) out += ",";
    const v = rows[r][col];
    if (v === null || v === undefined) out += "NULL";
    else if (typeof v === "number") out += String(v);
    else if (typeof v === "boolean") out += v ? "t" : "f";
    else {
      const text = String(v);
      out += NEEDS_ESCAPE.test(text) ? `"${text.replace(ESCAPED, "\\$&")}"` : `"${text}"`;
    }
  }
  return `${out}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/** Keys of rows not yet imported (for tables without a source_key column). */
async function newImportKeys(q: SqlQueryable, keys: string[]): Promise<Set<string>> {
  const fresh = new Set(keys);
  for (let start = 0; start < keys.length; start += BATCH) {
    const found = await q.query<{ key: string }>("SELECT key FROM import_keys WHERE key = ANY($1::text[])", [
      keys.slice(start, start + BATCH),
    ]);
    for (const f of found) fresh.delete(f.key);
  }
  return fresh;
}

async function rememberKeys(q: SqlQueryable, keys: string[]) {
  for (let start = 0; start < keys.length; start += BATCH) {
    await q.query("INSERT INTO import_keys (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [
      keys.slice(start, start + BATCH),
    ]);
  }
}

type Count = (name: string, stored: number, total: number) => void;
type Writer = (rows: ValidRow[]) => Promise<void>;

/**
 * One writer per file: stores a batch of valid rows and counts them. Writers of files that name
 * activities, partners or funders create those first, remembering their ids across batches.
 */
function fileWriters(q: SqlQueryable, ctx: Context, count: Count): Record<string, Writer> {
  const personId = (ref: NormValue): number | null => {
    if (ref === null || ref === "" || ref === ERASED_PERSON) return null;
    const p = ctx.persons.get(ref as string);
    return p && !p.erased ? p.id : null;
  };

  const simple =
    (
      name: string,
      table: string,
      cols: Col[],
      map: (v: Record<string, NormValue>) => unknown[] | null,
      before?: (rows: ValidRow[]) => Promise<void>,
    ): Writer =>
    async (rows) => {
      if (before) await before(rows);
      const out: unknown[][] = [];
      for (const r of rows) {
        const mapped = map(r.values);
        if (mapped) {
          mapped.push(r.key);
          out.push(mapped);
        }
      }
      const stored = await insertUnnest(
        q,
        table,
        [...cols, ["source_key", "text"]],
        out,
        "ON CONFLICT (source_key) DO NOTHING",
      );
      count(name, stored, rows.length);
    };

  // Tables keyed by room and year: a new row replaces the earlier value for that key.
  const keyed =
    (
      name: string,
      table: string,
      cols: Col[],
      pk: string,
      map: (v: Record<string, NormValue>) => unknown[],
    ): Writer =>
    async (rows) => {
      const fresh = await newImportKeys(
        q,
        rows.map((r) => r.key),
      );
      const todo = rows.filter((r) => fresh.has(r.key));
      const pkCols = pk.split(",").map((c) => c.trim());
      const updates = cols
        .map(([c]) => c)
        .filter((c) => !pkCols.includes(c))
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(", ");
      await insertUnnest(
        q,
        table,
        cols,
        todo.map((r) => map(r.values)),
        `ON CONFLICT (${pk}) DO UPDATE SET ${updates}`,
      );
      await rememberKeys(
        q,
        todo.map((r) => r.key),
      );
      count(name, todo.length, rows.length);
    };

  const activities = new Map<string, number>();
  const partners = new Map<string, { id: number; typed: boolean }>();
  const funders = new Map<string, number>();

  return {
    rooms: async (rows) => {
      const fresh = await newImportKeys(
        q,
        rows.map((r) => r.key),
      );
      const todo = rows.filter((r) => fresh.has(r.key));
      for (const { values: v } of todo) {
        await q.query(
          `INSERT INTO rooms (id, name, city, variant, opened) VALUES ($1, $2, $3, COALESCE($4, 'full'), $5::date)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, city = COALESCE($3, rooms.city),
             variant = COALESCE($4, rooms.variant), opened = COALESCE($5::date, rooms.opened)`,
          [v.room, v.name, v.city, v.variant, v.opened],
        );
      }
      await rememberKeys(
        q,
        todo.map((r) => r.key),
      );
      count("rooms", todo.length, rows.length);
    },
    activities: keyed(
      "activities",
      "activities",
      [
        ["room_id", "text"],
        ["type", "text"],
        ["name", "text"],
        ["for_children", "bool"],
      ],
      "room_id, type, name",
      (v) => [v.room, v.activity_type, v.activity, v.for_children],
    ),
    people: (rows) => applyPeople(q, rows, ctx, count),
    visits: simple(
      "visits",
      "visits",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["activity_type", "text"],
        ["activity_id", "int8"],
        ["person_id", "int8"],
        ["count", "int4"],
        ["first_time", "bool"],
      ],
      (v) => [
        v.room,
        v.date,
        v.activity_type,
        v.activity ? (activities.get(activityKey(v)) ?? null) : null,
        personId(v.person),
        v.count,
        v.first_time,
      ],
      (rows) => ensureActivities(q, rows, activities),
    ),
    hours: simple(
      "hours",
      "hours",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["person_id", "int8"],
        ["hours", "numeric"],
        ["kind", "text"],
        ["activity", "text"],
      ],
      (v) => [v.room, v.date, personId(v.person), v.hours, v.kind, v.activity || null],
    ),
    // A stage without a person means nothing: rows of erased persons are left out.
    // Entered stages; the derived ones are derived again once the bundle is in (refreshLadder).
    roles: simple(
      "roles",
      "stage_entries",
      [
        ["person_id", "int8"],
        ["room_id", "text"],
        ["stage", "text"],
        ["from_date", "date"],
        ["to_date", "date"],
      ],
      (v) => {
        const id = personId(v.person);
        return id === null ? null : [id, v.room, v.role, v.from, v.to];
      },
    ),
    keys: simple(
      "keys",
      "keys",
      [
        ["key", "text"],
        ["room_id", "text"],
        ["person_id", "int8"],
        ["issued", "date"],
        ["returned", "date"],
      ],
      (v) => [v.key, v.room, personId(v.person), v.issued, v.returned],
    ),
    memberships: simple(
      "memberships",
      "memberships",
      [
        ["person_id", "int8"],
        ["room_id", "text"],
        ["year", "int4"],
        ["paid", "bool"],
        ["amount", "numeric"],
      ],
      (v) => [personId(v.person), v.room, v.year, v.paid, v.amount],
    ),
    referrals: simple(
      "referrals",
      "referrals",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["direction", "text"],
        ["partner_id", "int8"],
        ["person_id", "int8"],
        ["warm", "bool"],
        ["outcome", "text"],
      ],
      (v) => [
        v.room,
        v.date,
        v.direction,
        partners.get(v.partner as string)?.id,
        personId(v.person),
        v.warm,
        v.outcome,
      ],
      (rows) => ensurePartners(q, rows, partners),
    ),
    placements: simple(
      "placements",
      "placements",
      [
        ["person_id", "int8"],
        ["room_id", "text"],
        ["type", "text"],
        ["start_date", "date"],
        ["end_date", "date"],
        ["wage_value_pct", "numeric"],
      ],
      (v) => [personId(v.person), v.room, v.type, v.start, v.end, v.wage_value_pct],
    ),
    outcomes: simple(
      "outcomes",
      "outcomes",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["person_id", "int8"],
        ["kind", "text"],
      ],
      (v) => [v.room, v.date, personId(v.person), v.kind],
    ),
    surveys: simple(
      "surveys",
      "survey_answers",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["survey", "text"],
        ["question", "text"],
        ["answer", "text"],
      ],
      (v) => [v.room, v.date, v.survey, v.question, v.answer],
    ),
    impacts: simple(
      "impacts",
      "impacts",
      [
        ["room_id", "text"],
        ["date", "date"],
        ["kind", "text"],
        ["value", "numeric"],
        ["note", "text"],
      ],
      (v) => [v.room, v.date, v.kind, v.value, v.note || null],
    ),
    budget: simple(
      "budget",
      "budget_lines",
      [
        ["room_id", "text"],
        ["year", "int4"],
        ["code", "text"],
        ["amount", "numeric"],
        ["description", "text"],
        ["indirect", "bool"],
      ],
      (v) => [v.room, v.year, v.code, v.amount, v.description || null, v.indirect],
    ),
    financing: simple(
      "financing",
      "contributions",
      [
        ["room_id", "text"],
        ["year", "int4"],
        ["funder_id", "int8"],
        ["amount", "numeric"],
      ],
      (v) => [v.room, v.year, funders.get(v.funder as string), v.amount],
      (rows) => ensureFunders(q, rows, funders),
    ),
    targets: keyed(
      "targets",
      "targets",
      [
        ["room_id", "text"],
        ["year", "int4"],
        ["indicator", "text"],
        ["target", "numeric"],
        ["too_early", "bool"],
        ["target_of", "numeric"],
      ],
      "room_id, year, indicator",
      (v) => [
        v.room,
        v.year,
        v.indicator,
        v.target === "too_early" ? null : v.target,
        v.target === "too_early",
        v.of,
      ],
    ),
    plan: keyed(
      "plan",
      "plans",
      [
        ["room_id", "text"],
        ["year", "int4"],
        ["volunteer_hours", "numeric"],
        ["staff_unpaid_hours", "numeric"],
      ],
      "room_id, year",
      (v) => [v.room, v.year, v.volunteer_hours, v.staff_unpaid_hours],
    ),
    rates: keyed(
      "rates",
      "rates",
      [
        ["year", "int4"],
        ["volunteer_hourly", "numeric"],
        ["staff_hourly", "numeric"],
      ],
      "year",
      (v) => [v.year, v.volunteer_hourly, v.staff_hourly],
    ),
    board_seats: simple(
      "board_seats",
      "board_seats",
      [
        ["person_id", "int8"],
        ["room_id", "text"],
        ["start_date", "date"],
        ["end_date", "date"],
      ],
      (v) => {
        const id = personId(v.person);
        return id === null ? null : [id, v.room, v.start, v.end];
      },
    ),
    contracts: simple(
      "contracts",
      "contracts",
      [
        ["person_id", "int8"],
        ["room_id", "text"],
        ["start_date", "date"],
        ["end_date", "date"],
      ],
      (v) => {
        const id = personId(v.person);
        return id === null ? null : [id, v.room, v.start, v.end];
      },
    ),
    // One allowance per person, room and month (the table's key); a later row for the same month
    // of another bundle replaces the amount, as the screen does.
    allowances: async (rows) => {
      const fresh = await newImportKeys(
        q,
        rows.map((r) => r.key),
      );
      const todo: unknown[][] = [];
      for (const r of rows) {
        if (!fresh.has(r.key)) continue;
        const id = personId(r.values.person);
        if (id !== null)
          todo.push([id, r.values.room, `${String(r.values.month).slice(0, 7)}-01`, r.values.amount]);
      }
      await insertUnnest(
        q,
        "allowances",
        [
          ["person_id", "int8"],
          ["room_id", "text"],
          ["month", "date"],
          ["amount", "numeric"],
        ],
        todo,
        "ON CONFLICT (person_id, room_id, month) DO UPDATE SET amount = EXCLUDED.amount",
      );
      await rememberKeys(
        q,
        rows.filter((r) => fresh.has(r.key)).map((r) => r.key),
      );
      count("allowances", todo.length, rows.length);
    },
    audits: keyed(
      "audits",
      "audits",
      [
        ["room_id", "text"],
        ["year", "int4"],
        ["result", "text"],
        ["note", "text"],
      ],
      "room_id, year",
      (v) => [v.room, v.year, v.result, v.note || null],
    ),
  };
}

async function applyPeople(q: SqlQueryable, rows: ValidRow[], ctx: Context, count: Count) {
  // Who of this batch is stored already (also erased or merged): one query per batch.
  const unknown = rows.map((r) => r.values.person as string).filter((ref) => !ctx.persons.has(ref));
  if (unknown.length) for (const [ref, p] of await lookupPersons(q, unknown)) ctx.persons.set(ref, p);
  const fresh = await newImportKeys(
    q,
    rows.map((r) => r.key),
  );
  const todo = rows.filter((r) => fresh.has(r.key));
  const inserts: unknown[][] = [];
  const updates: unknown[][] = [];
  let stored = 0;
  for (const { values: v } of todo) {
    const known = ctx.persons.get(v.person as string);
    // An erased person stays erased: a later people.csv does not bring them back.
    if (known?.erased) continue;
    const fields = [
      v.room,
      v.first_name || null,
      v.street || null,
      v.newcomer,
      v.landlord || null,
      v.since,
      v.under_16 === true,
      v.guardian_consent || null,
    ];
    if (known) updates.push([known.id, ...fields]);
    else inserts.push([v.person, sha256(v.person as string), ...fields]);
    stored++;
  }
  await insertUnnest(
    q,
    "people",
    [
      ["ref", "text"],
      ["ref_hash", "text"],
      ["home_room", "text"],
      ["first_name", "text"],
      ["street", "text"],
      ["newcomer", "bool"],
      ["landlord", "text"],
      ["since", "date"],
      ["under_16", "bool"],
      ["guardian_consent", "text"],
    ],
    inserts,
    "ON CONFLICT DO NOTHING",
  );
  for (let start = 0; start < updates.length; start += BATCH) {
    const batch = updates.slice(start, start + BATCH);
    const col = (i: number) => batch.map((r) => r[i] ?? null);
    await q.query(
      `UPDATE people p SET home_room = u.home_room, first_name = COALESCE(u.first_name, p.first_name),
         street = COALESCE(u.street, p.street), newcomer = u.newcomer, landlord = COALESCE(u.landlord, p.landlord),
         since = COALESCE(u.since, p.since), under_16 = p.under_16 OR u.under_16,
         guardian_consent = COALESCE(u.guardian_consent, p.guardian_consent), updated_at = now()
       FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::text[], $7::date[],
         $8::bool[], $9::text[])
         AS u(id, home_room, first_name, street, newcomer, landlord, since, under_16, guardian_consent)
       WHERE p.id = u.id`,
      [col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8)],
    );
  }
  await rememberKeys(
    q,
    todo.map((r) => r.key),
  );
  if (inserts.length) {
    const created = await lookupPersons(
      q,
      inserts.map((r) => r[0] as string),
    );
    for (const [ref, p] of created) ctx.persons.set(ref, p);
  }
  count("people", stored, rows.length);
}

const activityKey = (v: Record<string, NormValue>) => `${v.room}\u001f${v.activity_type}\u001f${v.activity}`;

/** Creates the activities a batch names that are not known yet, and adds their ids to `ids`. */
async function ensureActivities(q: SqlQueryable, rows: ValidRow[], ids: Map<string, number>) {
  const wanted = new Map<string, [string, string, string]>();
  for (const { values: v } of rows) {
    if (!v.activity) continue;
    const key = activityKey(v);
    if (!ids.has(key)) wanted.set(key, [v.room as string, v.activity_type as string, v.activity as string]);
  }
  if (wanted.size === 0) return;
  const list = [...wanted.values()];
  const params = [list.map((a) => a[0]), list.map((a) => a[1]), list.map((a) => a[2])];
  await q.query(
    `INSERT INTO activities (room_id, type, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (room_id, type, name) DO NOTHING`,
    params,
  );
  const found = await q.query<{ id: number; room_id: string; type: string; name: string }>(
    `SELECT a.id, a.room_id, a.type, a.name FROM activities a
       JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(room_id, type, name)
         ON a.room_id = w.room_id AND a.type = w.type AND a.name = w.name`,
    params,
  );
  for (const a of found) ids.set(`${a.room_id}\u001f${a.type}\u001f${a.name}`, a.id);
}

/**
 * Creates the partners a batch names. A partner's type is the first one given: a partner first
 * seen without a type gets the type a later row gives it.
 */
async function ensurePartners(
  q: SqlQueryable,
  rows: ValidRow[],
  known: Map<string, { id: number; typed: boolean }>,
) {
  const types = new Map<string, string | null>();
  for (const { values: v } of rows) {
    const name = v.partner as string;
    const type = (v.partner_type as string) || null;
    const seen = known.get(name);
    if (seen && (seen.typed || !type)) continue;
    if (!types.get(name)) types.set(name, type);
  }
  if (types.size === 0) return;
  const names = [...types.keys()];
  await q.query(
    `INSERT INTO partners (name, type) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (name) DO UPDATE SET type = COALESCE(partners.type, EXCLUDED.type)
     WHERE partners.type IS NULL AND EXCLUDED.type IS NOT NULL`,
    [names, names.map((n) => types.get(n) ?? null)],
  );
  const found = await q.query<{ id: number; name: string; typed: boolean }>(
    "SELECT id, name, type IS NOT NULL AS typed FROM partners WHERE name = ANY($1::text[])",
    [names],
  );
  for (const p of found) known.set(p.name, { id: p.id, typed: p.typed });
}

async function ensureFunders(q: SqlQueryable, rows: ValidRow[], ids: Map<string, number>) {
  const types = new Map<string, string>();
  for (const { values: v } of rows) {
    const name = v.funder as string;
    if (!ids.has(name) && !types.has(name)) types.set(name, v.funder_type as string);
  }
  if (types.size === 0) return;
  const names = [...types.keys()];
  await q.query(
    `INSERT INTO funders (name, type) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (name) DO NOTHING`,
    [names, names.map((n) => types.get(n))],
  );
  const found = await q.query<{ id: number; name: string }>(
    "SELECT id, name FROM funders WHERE name = ANY($1::text[])",
    [names],
  );
  for (const f of found) ids.set(f.name, f.id);
}
