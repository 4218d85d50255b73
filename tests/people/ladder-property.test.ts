/**
 * The growth ladder kept by the database (DOMAIN §10, decision 092): after any history of visits,
 * memberships, hours, keys, allowances, placements, board seats, contracts and hand-entered
 * stages — written one statement at a time, as the screens and the desk do — the stages kept
 * incrementally equal the stages computed from scratch, and export → import gives the same
 * stages and the same bundle again.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { exportBundle } from "../../src/domain/import/export-bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { LADDER_STAGES } from "../../src/domain/people/ladder";
import { addDays } from "../../src/domain/shared/dates";
import { describeEachDatabase, freshDatabase } from "../support/databases";

const PERSONS = 4;
// Dates around today, so that some derived stages are still open and some have lapsed.
const today = new Date().toISOString().slice(0, 10);
const FIRST_DAY = addDays(today, -3 * 365);
const DAYS = 3 * 365 + 90;

const who = { person: fc.nat({ max: PERSONS - 1 }), room: fc.nat({ max: 1 }) };
const day = fc.nat({ max: DAYS - 1 });
const length = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null });

const operation = fc.oneof(
  fc.record({ op: fc.constant("visit" as const), ...who, day, app: fc.boolean() }),
  fc.record({ op: fc.constant("delete_visit" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("hours" as const),
    ...who,
    day,
    status: fc.constantFrom("approved", "pending", "rejected"),
    kind: fc.constantFrom("volunteer", "volunteer", "staff_unpaid"),
  }),
  fc.record({ op: fc.constant("approve_hours" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("membership" as const),
    ...who,
    year: fc.integer({ min: -3, max: 0 }),
    paid: fc.boolean(),
  }),
  fc.record({ op: fc.constant("key" as const), ...who, day, length }),
  fc.record({ op: fc.constant("return_key" as const), pick: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant("allowance" as const), ...who, month: fc.nat({ max: 38 }) }),
  fc.record({
    op: fc.constant("placement" as const),
    ...who,
    day,
    length,
    type: fc.constantFrom("perspective_job", "participation"),
  }),
  fc.record({ op: fc.constant("end_placement" as const), pick: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant("board" as const), ...who, day, length }),
  fc.record({ op: fc.constant("contract" as const), ...who, day, length }),
  fc.record({
    op: fc.constant("entry" as const),
    ...who,
    day,
    length,
    stage: fc.constantFrom(...LADDER_STAGES),
  }),
  fc.record({ op: fc.constant("delete_entry" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("since" as const), person: who.person, day: fc.option(day, { nil: null }) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const WIPE = `TRUNCATE stage_entries, stages, board_seats, contracts, allowances, placements, keys, memberships,
  hours, visits, people, activities, rooms, import_keys CASCADE`;

async function seed(d: Database) {
  await d.exec(WIPE);
  await d.exec("INSERT INTO rooms (id, name) VALUES ('r0', 'Kamer Nul'), ('r1', 'Kamer Een')");
  for (let i = 0; i < PERSONS; i++) {
    await d.query("INSERT INTO people (ref, home_room, first_name, since) VALUES ($1, $2, $3, $4)", [
      `p${i}`,
      `r${i % 2}`,
      `Naam ${i}`,
      i === 0 ? null : addDays(FIRST_DAY, i * 40),
    ]);
  }
}

const date = (n: number) => addDays(FIRST_DAY, n);
const end = (start: number, len: number | null) => (len === null ? null : date(start + len));

/** One operation, as one statement (or two, where the screens check first). */
async function apply(d: Database, o: Operation) {
  const pid = (i: number) => `(SELECT id FROM people WHERE ref = 'p${i}')`;
  const pick = async (sql: string, n: number) => {
    const rows = await d.query<{ id: number }>(sql);
    return rows.length ? rows[n % rows.length].id : null;
  };
  switch (o.op) {
    case "visit":
      await d.query(
        `INSERT INTO visits (room_id, date, activity_type, person_id, created_by) VALUES ($1, $2, 'social', ${pid(o.person)}, $3)`,
        [`r${o.room}`, date(o.day), o.app ? 1 : null],
      );
      return;
    case "delete_visit": {
      const id = await pick("SELECT id FROM visits ORDER BY id", o.pick);
      if (id !== null) await d.query("DELETE FROM visits WHERE id = $1", [id]);
      return;
    }
    case "hours":
      await d.query(
        `INSERT INTO hours (room_id, date, person_id, hours, kind, status) VALUES ($1, $2, ${pid(o.person)}, 2, $3, $4)`,
        [`r${o.room}`, date(o.day), o.kind, o.status],
      );
      return;
    case "approve_hours": {
      const id = await pick("SELECT id FROM hours WHERE status <> 'approved' ORDER BY id", o.pick);
      if (id !== null) await d.query("UPDATE hours SET status = 'approved' WHERE id = $1", [id]);
      return;
    }
    case "membership": {
      const year = Number(today.slice(0, 4)) + o.year;
      await d.query(
        `INSERT INTO memberships (person_id, room_id, year, paid) SELECT ${pid(o.person)}, $1, $2, $3
          WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE person_id = ${pid(o.person)} AND room_id = $1 AND year = $2)`,
        [`r${o.room}`, year, o.paid],
      );
      return;
    }
    case "key":
      await d.query(
        `INSERT INTO keys (key, room_id, person_id, issued, returned) VALUES ('K', $1, ${pid(o.person)}, $2, $3)`,
        [`r${o.room}`, date(o.day), end(o.day, o.length)],
      );
      return;
    case "return_key": {
      const id = await pick("SELECT id FROM keys WHERE returned IS NULL ORDER BY id", o.pick);
      if (id !== null)
        await d.query("UPDATE keys SET returned = issued + $2::int WHERE id = $1", [id, o.length]);
      return;
    }
    case "allowance": {
      const month = `${addDays(FIRST_DAY, o.month * 30.5).slice(0, 7)}-01`;
      await d.query(
        `INSERT INTO allowances (person_id, room_id, month, amount) VALUES (${pid(o.person)}, $1, $2, 25)
         ON CONFLICT (person_id, room_id, month) DO UPDATE SET amount = allowances.amount + 25`,
        [`r${o.room}`, month],
      );
      return;
    }
    case "placement":
      await d.query(
        `INSERT INTO placements (person_id, room_id, type, start_date, end_date) VALUES (${pid(o.person)}, $1, $2, $3, $4)`,
        [`r${o.room}`, o.type, date(o.day), end(o.day, o.length)],
      );
      return;
    case "end_placement": {
      const id = await pick("SELECT id FROM placements WHERE end_date IS NULL ORDER BY id", o.pick);
      if (id !== null)
        await d.query("UPDATE placements SET end_date = start_date + $2::int WHERE id = $1", [id, o.length]);
      return;
    }
    case "board":
    case "contract":
      await d.query(
        `INSERT INTO ${o.op === "board" ? "board_seats" : "contracts"} (person_id, room_id, start_date, end_date)
         VALUES (${pid(o.person)}, $1, $2, $3)`,
        [`r${o.room}`, date(o.day), end(o.day, o.length)],
      );
      return;
    case "entry": {
      // As the person page: an entry may not overlap another entry of the same stage and room.
      await d.query(
        `INSERT INTO stage_entries (person_id, room_id, stage, from_date, to_date)
         SELECT ${pid(o.person)}, $1, $2, $3::date, $4::date
          WHERE NOT EXISTS (SELECT 1 FROM stage_entries e WHERE e.person_id = ${pid(o.person)} AND e.room_id = $1
                              AND e.stage = $2 AND e.from_date <= COALESCE($4::date, 'infinity')
                              AND $3::date <= COALESCE(e.to_date, 'infinity'))`,
        [`r${o.room}`, o.stage, date(o.day), end(o.day, o.length)],
      );
      return;
    }
    case "delete_entry": {
      const id = await pick("SELECT id FROM stage_entries ORDER BY id", o.pick);
      if (id !== null) await d.query("DELETE FROM stage_entries WHERE id = $1", [id]);
      return;
    }
    case "since":
      await d.query(`UPDATE people SET since = $1 WHERE ref = 'p${o.person}'`, [
        o.day === null ? null : date(o.day),
      ]);
      return;
  }
}

const STAGES_SQL = `SELECT p.ref, s.room_id, s.stage, s.from_date, s.to_date, s.origin, s.lapses_on
  FROM stages s JOIN people p ON p.id = s.person_id ORDER BY 1, 2, 3, 4, 5, 6`;

describeEachDatabase("ladder kept by the database", (db) => {
  it("equals the ladder computed from scratch after any history, and survives export → import → export", async () => {
    const d = await db();
    const other = await freshDatabase(d.kind);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 30 }), async (ops) => {
          await seed(d);
          for (const o of ops) await apply(d, o);
          const incremental = await d.query(STAGES_SQL);
          await d.exec("DELETE FROM stages; SELECT ladder_refresh(ARRAY(SELECT id FROM people))");
          expect(await d.query(STAGES_SQL)).toEqual(incremental);

          const bundle = await exportBundle({ db: d });
          await other.exec(WIPE);
          const report = await importBundle({ db: other }, bundleFromCsvTexts(bundle));
          expect(report.rejected).toEqual([]);
          expect(await other.query(STAGES_SQL)).toEqual(incremental);
          expect(await exportBundle({ db: other })).toEqual(bundle);
        }),
        { numRuns: d.kind === "pglite" ? 15 : 10 },
      );
    } finally {
      await other.close();
    }
  }, 600_000);
});
