/**
 * The visit roll-ups of migration 0090 (docs/decisions/090-visit-rollup.md): after any mix of
 * writes they equal a fresh aggregation of `visits`, and the indicator figures read through them
 * equal the figures read from the raw visit rows, for scopes of whole months and scopes that cut
 * months.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restorePostgres, snapshotDatabase, tableChecksums } from "../../src/db/backup";
import type { Database, Queryable } from "../../src/db/database";
import { indicatorsRepository, splitMonths } from "../../src/db/indicators.repository";
import { peopleRepository } from "../../src/db/people.repository";
import { privacyRepository } from "../../src/db/privacy.repository";
import { ACTIVITY_TYPES } from "../../src/domain/activities/activity-types";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import type { IndicatorScope } from "../../src/domain/indicators/ports";
import { addDays } from "../../src/domain/shared/dates";
import { describeEachDatabase, freshDatabase, SERVER_URL } from "../support/databases";

const GRP = "CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END";
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** What the roll-ups must hold: the visits aggregated afresh (as the migration's backfill). */
async function expectedRollups(q: Queryable) {
  const sums = await q.query(
    `SELECT room_id, date_trunc('month', date)::date AS month, ${GRP} AS grp, count(*)::int AS visit_rows,
            COALESCE(sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs'), 0)::int AS anonymous_first_time,
            COALESCE(sum(count) FILTER (WHERE activity_type = 'jobs'), 0)::int AS jobs
     FROM visits GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  const persons = await q.query(
    `SELECT room_id, extract(year FROM date)::int AS year, ${GRP} AS grp, person_id,
            ${MONTHS.map((m) => `count(*) FILTER (WHERE extract(month FROM date) = ${m})::int AS m${String(m).padStart(2, "0")}`).join(", ")}
     FROM visits WHERE person_id IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  return { sums, persons };
}

async function storedRollups(q: Queryable) {
  const sums = await q.query(
    `SELECT room_id, month, grp, visit_rows, anonymous_first_time::int, jobs::int
     FROM visit_rollup_sums ORDER BY 1, 2, 3`,
  );
  const persons = await q.query(
    `SELECT room_id, year, grp, person_id, ${MONTHS.map((m) => `m${String(m).padStart(2, "0")}`).join(", ")}
     FROM visit_rollup_persons ORDER BY 1, 2, 3, 4`,
  );
  return { sums, persons };
}

async function expectRollupsCurrent(q: Queryable, step: string) {
  const [stored, expected] = await Promise.all([storedRollups(q), expectedRollups(q)]);
  expect(stored, step).toEqual(expected);
}

/** The visit figures of a scope through the roll-ups and straight from the visits agree. */
async function expectSameFigures(d: Database, scope: IndicatorScope) {
  const [viaRollup, viaRaw] = await Promise.all([
    indicatorsRepository(d).figures(scope),
    indicatorsRepository(d, { rollup: false }).figures(scope),
  ]);
  expect(viaRollup, `${scope.rooms.join(",")} ${scope.from}..${scope.to}`).toEqual(viaRaw);
}

// Visits from November 2020 to February 2022, so that scopes cross a year and cut months.
const FIRST_DAY = "2020-11-01";
const DAYS = 485;
const visitRow = fc.record({
  room: fc.integer({ min: 0, max: 2 }),
  person: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  type: fc.constantFrom(...ACTIVITY_TYPES),
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  count: fc.integer({ min: 0, max: 4 }),
  firstTime: fc.boolean(),
});
type VisitRow = typeof visitRow extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), rows: fc.array(visitRow, { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant("import" as const), rows: fc.array(visitRow, { minLength: 1, maxLength: 8 }) }),
  fc.record({
    op: fc.constant("update" as const),
    pick: fc.nat(),
    column: fc.constantFrom("date", "person", "type", "count", "first_time", "room", "nothing"),
    value: fc.nat({ max: 400 }),
  }),
  fc.record({ op: fc.constant("delete" as const), pick: fc.nat(), many: fc.boolean() }),
  fc.record({ op: fc.constant("merge" as const), keep: fc.nat({ max: 5 }), drop: fc.nat({ max: 5 }) }),
  fc.record({ op: fc.constant("erase" as const), person: fc.nat({ max: 5 }) }),
);

const scopeArb = fc.record({
  rooms: fc.subarray([0, 1, 2], { minLength: 1 }),
  from: fc.integer({ min: -5, max: DAYS }),
  length: fc.integer({ min: 0, max: 420 }),
  aligned: fc.boolean(),
});

describe("splitMonths", () => {
  it("finds the whole months and the days left at either end", () => {
    expect(splitMonths("2021-01-01", "2021-12-31")).toEqual({
      firstMonth: "2021-01-01",
      lastMonth: "2021-12-01",
      leadEnd: "2020-12-31",
      trailStart: "2022-01-01",
    });
    expect(splitMonths("2021-01-15", "2021-03-10")).toEqual({
      firstMonth: "2021-02-01",
      lastMonth: "2021-02-01",
      leadEnd: "2021-01-31",
      trailStart: "2021-03-01",
    });
    expect(splitMonths("2020-12-02", "2021-02-28")).toEqual({
      firstMonth: "2021-01-01",
      lastMonth: "2021-02-01",
      leadEnd: "2020-12-31",
      trailStart: "2021-03-01",
    });
    // A leap day ends February 2024.
    expect(splitMonths("2024-02-01", "2024-02-29")?.lastMonth).toBe("2024-02-01");
    expect(splitMonths("2024-02-01", "2024-02-28")).toBeNull();
    expect(splitMonths("2021-01-02", "2021-01-31")).toBeNull();
    expect(splitMonths("2021-03-05", "2021-03-05")).toBeNull();
  });
});

describeEachDatabase("visit roll-ups", (db) => {
  it("equal a fresh aggregation after inserts, imports, updates, deletes, merges and erasure, and give the raw figures", async () => {
    const d = await db();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1, maxLength: 8 }),
        fc.array(scopeArb, { minLength: 2, maxLength: 4 }),
        async (ops, scopes) => {
          // Each run has rooms and people of its own; the roll-ups are checked as a whole.
          run++;
          const room = (i: number) => `ru${run}_${i}`;
          const ref = (i: number) => `pu${run}_${i}`;
          const setup = await importBundle(
            { db: d },
            bundleFromCsvTexts({
              "rooms.csv": `room,name\n${[0, 1, 2].map((i) => `${room(i)},Kamer ${i}`).join("\n")}\n`,
              "people.csv": `person,room\n${[0, 1, 2, 3, 4, 5].map((i) => `${ref(i)},${room(i % 3)}`).join("\n")}\n`,
            }),
          );
          expect(setup.rejected).toEqual([]);
          const ids = await d.query<{ id: number; ref: string }>(
            "SELECT id, ref FROM people WHERE ref LIKE $1 ORDER BY ref",
            [`pu${run}\\_%`],
          );
          const personId = (i: number) => ids.find((p) => p.ref === ref(i))?.id ?? null;
          const mine = `SELECT id FROM visits WHERE room_id LIKE 'ru${run}\\_%' ORDER BY id`;
          const erased = new Set<number>();

          for (const [n, o] of ops.entries()) {
            if (o.op === "insert") {
              // One multi-row statement, as a batch of the importer or a script would send.
              const values = o.rows.map(
                (_, i) =>
                  `($${i * 6 + 1}, $${i * 6 + 2}::date, $${i * 6 + 3}, $${i * 6 + 4}::int8, $${i * 6 + 5}::int, $${i * 6 + 6}::boolean)`,
              );
              await d.query(
                `INSERT INTO visits (room_id, date, activity_type, person_id, count, first_time) VALUES ${values.join(", ")}`,
                o.rows.flatMap((r: VisitRow) => [
                  room(r.room),
                  addDays(FIRST_DAY, r.day),
                  r.type,
                  r.person === null ? null : personId(r.person),
                  r.count,
                  r.firstTime,
                ]),
              );
            } else if (o.op === "import") {
              const report = await importBundle(
                { db: d },
                bundleFromCsvTexts({
                  "rooms.csv": `room,name\n${[0, 1, 2].map((i) => `${room(i)},Kamer ${i}`).join("\n")}\n`,
                  "visits.csv": `date,room,activity_type,person,count,first_time\n${o.rows
                    .map(
                      // An erased person's reference is gone: their rows come in anonymous.
                      (r) =>
                        `${addDays(FIRST_DAY, r.day)},${room(r.room)},${r.type},${r.person === null || erased.has(r.person) ? "" : ref(r.person)},${Math.max(1, r.count)},${r.firstTime ? "yes" : "no"}`,
                    )
                    .join("\n")}\n`,
                }),
              );
              expect(report.rejected).toEqual([]);
            } else if (o.op === "update") {
              const rows = await d.query<{ id: number }>(mine);
              if (rows.length === 0) continue;
              const id = rows[o.pick % rows.length].id;
              const set = {
                // Days forward or back, across month and year ends.
                date: `date = date + ($2::int - 200)`,
                person: `person_id = (SELECT id FROM people WHERE ref LIKE 'pu${run}\\_%' ORDER BY id OFFSET ($2::int % 7) LIMIT 1)`,
                type: `activity_type = (ARRAY['social','social_activation','jobs','computer','language','forms','debt','work'])[1 + $2::int % 8]`,
                count: "count = $2::int % 5",
                first_time: "first_time = NOT first_time AND $2::int >= 0",
                room: `room_id = 'ru${run}_' || ($2::int % 3)`,
                // created_by would make a restore fire the desk's participation trigger (0051) on these rows.
                nothing: "created_at = created_at - $2::int * interval '1 second'",
              }[o.column];
              await d.query(`UPDATE visits SET ${set} WHERE id = $1`, [id, o.value]);
            } else if (o.op === "delete") {
              const rows = await d.query<{ id: number }>(mine);
              if (rows.length === 0) continue;
              const id = rows[o.pick % rows.length].id;
              // One row, or every row of that row's room in one statement.
              await d.query(
                o.many
                  ? "DELETE FROM visits WHERE room_id = (SELECT room_id FROM visits WHERE id = $1)"
                  : "DELETE FROM visits WHERE id = $1",
                [id],
              );
            } else if (o.op === "merge") {
              const keep = personId(o.keep);
              const drop = personId(o.drop);
              const merged = await d.query(
                "SELECT 1 FROM people WHERE id = ANY($1::int8[]) AND merged_into IS NOT NULL",
                [[keep, drop]],
              );
              if (keep === null || drop === null || keep === drop || merged.length) continue;
              await peopleRepository(d).merge(keep, drop, null);
            } else {
              const id = personId(o.person);
              if (id === null) continue;
              // Erasure reaches every record merged into the person too.
              const family = await privacyRepository(d).erase(id, "request", null);
              for (let i = 0; i < 6; i++) if (family.includes(personId(i) ?? -1)) erased.add(i);
            }
            await expectRollupsCurrent(d, `run ${run}, step ${n}: ${o.op}`);
          }

          for (const s of scopes) {
            const from = addDays(FIRST_DAY, s.from);
            let to = addDays(from, s.length);
            let start = from;
            if (s.aligned) {
              // Whole months: the first of from's month to the last day of to's month.
              start = `${from.slice(0, 7)}-01`;
              const next = addDays(`${to.slice(0, 7)}-28`, 4);
              to = addDays(`${next.slice(0, 7)}-01`, -1);
            }
            await expectSameFigures(d, { rooms: s.rooms.map(room), from: start, to });
          }
          // The report's own scopes: a year, a quarter, the dashboard's month-ends.
          const rooms = [0, 1, 2].map(room);
          await expectSameFigures(d, { rooms, from: "2021-01-01", to: "2021-12-31" });
          await expectSameFigures(d, { rooms, from: "2021-04-01", to: "2021-06-30" });
          await expectSameFigures(d, { rooms, from: "2020-11-01", to: "2022-02-28" });
          await expectSameFigures(d, { rooms: [room(0)], from: "2021-01-01", to: "2021-07-17" });
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);

  it("stay current through TRUNCATE and a restore, and are left out of the snapshot", async () => {
    const d = await db();
    await expectRollupsCurrent(d, "before");
    const [{ n }] = await d.query<{ n: number }>("SELECT count(*)::int AS n FROM visit_rollup_persons");
    expect(n).toBeGreaterThan(0);
    if (d.kind === "postgres" && SERVER_URL) {
      const before = await tableChecksums(d);
      const snapshot = await snapshotDatabase(d);
      expect(JSON.parse(snapshot.toString("utf8")).tables).not.toHaveProperty("visit_rollup_persons");
      const restored = await freshDatabase("postgres");
      try {
        await restorePostgres(restored, snapshot);
        // Rebuilt by the triggers as the visits came back: the same rows as before.
        expect(await tableChecksums(restored)).toEqual(before);
        await expectRollupsCurrent(restored, "after restore");
      } finally {
        await restored.close();
      }
    }
    await d.tx(async (q) => {
      await q.exec("TRUNCATE visits CASCADE");
      await expectRollupsCurrent(q, "after truncate");
      const [{ left }] = await q.query<{ left: number }>(
        "SELECT (SELECT count(*) FROM visit_rollup_sums) + (SELECT count(*) FROM visit_rollup_persons) AS left",
      );
      expect(left).toBe(0);
    });
  }, 120_000);
});
