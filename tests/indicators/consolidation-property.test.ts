import fc from "fast-check";
import { expect, it } from "vitest";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { ACTIVITY_TYPES } from "../../src/domain/activities/activity-types";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { describeEachDatabase } from "../support/databases";

const UNIQUE = [
  "process.social",
  "process.computer",
  "process.language",
  "process.forms",
  "process.debt",
  "process.work",
  "process.total",
] as const;

const visit = fc.record({
  room: fc.integer({ min: 0, max: 2 }),
  person: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  type: fc.constantFrom(...ACTIVITY_TYPES),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  count: fc.integer({ min: 1, max: 4 }),
  firstTime: fc.boolean(),
});

describeEachDatabase("consolidated unique counts (property)", (db) => {
  it("never exceed the sum of the rooms' and never fall below the largest room's", async () => {
    const d = await db();
    const deps = { indicators: indicatorsRepository(d) };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(visit, { minLength: 1, maxLength: 25 }), async (visits) => {
        // Each run gets its own rooms and people, so runs do not see each other's rows.
        run++;
        const room = (i: number) => `r${run}_${i}`;
        const person = (i: number) => `q${run}_${i}`;
        const mm = (n: number) => String(n).padStart(2, "0");
        const bundle = bundleFromCsvTexts({
          "rooms.csv": `room,name\n${[0, 1, 2].map((i) => `${room(i)},Kamer ${i}`).join("\n")}\n`,
          "people.csv": `person,room\n${[0, 1, 2, 3, 4, 5].map((i) => `${person(i)},${room(i % 3)}`).join("\n")}\n`,
          "visits.csv": `date,room,activity_type,person,count,first_time\n${visits
            .map(
              (v) =>
                `2021-${mm(v.month)}-${mm(v.day)},${room(v.room)},${v.type},${v.person === null ? "" : person(v.person)},${v.count},${v.firstTime ? "yes" : "no"}`,
            )
            .join("\n")}\n`,
        });
        const imported = await importBundle({ db: d }, bundle);
        expect(imported.rejected).toEqual([]);
        const period = { from: "2021-01-01", to: "2021-12-31" };
        const rooms = [0, 1, 2].map(room);
        const all = await computeIndicators(deps, { rooms, ...period });
        const each = await Promise.all(rooms.map((r) => computeIndicators(deps, { rooms: [r], ...period })));
        for (const id of UNIQUE) {
          for (const field of ["named", "value"] as const) {
            const parts = each.map((e) => e.indicators[id][field] as number);
            const whole = all.indicators[id][field] as number;
            expect(whole, `${id}.${field}`).toBeLessThanOrEqual(parts.reduce((a, b) => a + b, 0));
            expect(whole, `${id}.${field}`).toBeGreaterThanOrEqual(Math.max(...parts));
          }
        }
        // Jobs are not persons: they simply add up.
        expect(all.indicators["process.jobs"].value).toBe(
          each.reduce((s, e) => s + (e.indicators["process.jobs"].value as number), 0),
        );
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
