import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { planningRepository, realisationSource } from "../../src/db/planning.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import { multiYearDocument } from "../../src/domain/planning/multi-year-plan";
import { getMultiYear, saveMultiYear } from "../../src/domain/planning/save-multi-year";
import { describeEachDatabase } from "../support/databases";

/*
 * Hand-worked: Utrecht has rooms u1, u2 (registrations) and u3 (none); Amsterdam has a1.
 * 2022: p1 visits u1 once and holds a key of u1 since 2022-05-01 (never returned).
 * 2023: u1: p1 social, p1 computer, p2 computer; u2: p2 social, p3 language, two anonymous
 * first-timers; p3 volunteers 4 h at u2 (approved), p5 2 h at u1 (pending: not counted);
 * a1: p4 social.
 * Utrecht 2022 → 1 room, 1 participant, 1 volunteer-or-key-holder (p1's key).
 * Utrecht 2023 → 2 rooms, 3 named + 2 anonymous = 5 participants, volunteers {p3} + keys {p1} = 2.
 * Whole cooperative 2023 → 3 rooms, 6 participants.
 */
describeEachDatabase("multi-year plan realisation", (db) => {
  let d: Database;
  const deps = () => ({
    planning: planningRepository(d),
    realisation: realisationSource(d),
    indicators: indicatorsRepository(d),
    now: () => new Date("2024-06-15T10:00:00Z"),
  });

  beforeAll(async () => {
    d = await db();
    const rooms = roomsRepository(d);
    for (const [id, city] of [
      ["u1", "Utrecht"],
      ["u2", "Utrecht"],
      ["u3", "Utrecht"],
      ["a1", "Amsterdam"],
    ]) {
      await rooms.upsertRoom({
        id,
        name: `Kamer ${id}`,
        city,
        neighbourhood: null,
        association: null,
        variant: "full",
        opened: null,
      });
    }
    const person: Record<string, number> = {};
    for (const p of ["p1", "p2", "p3", "p4", "p5"]) {
      const [row] = await d.query<{ id: number }>(
        "INSERT INTO people (ref, home_room, first_name) VALUES ($1, 'u1', $1) RETURNING id",
        [p],
      );
      person[p] = row.id;
    }
    const visit = (room: string, date: string, type: string, p: string | null, count = 1, first = false) =>
      d.query(
        "INSERT INTO visits (room_id, date, activity_type, person_id, count, first_time) VALUES ($1, $2, $3, $4, $5, $6)",
        [room, date, type, p ? person[p] : null, count, first],
      );
    await visit("u1", "2022-11-01", "social", "p1");
    await visit("u1", "2023-02-01", "social", "p1");
    await visit("u1", "2023-03-01", "computer", "p1");
    await visit("u1", "2023-03-01", "computer", "p2");
    await visit("u2", "2023-04-01", "social", "p2");
    await visit("u2", "2023-04-01", "language", "p3");
    await visit("u2", "2023-05-01", "social", null, 2, true);
    await visit("a1", "2023-05-01", "social", "p4");
    await d.query(
      `INSERT INTO hours (room_id, date, person_id, hours, status) VALUES
       ('u2', '2023-06-01', $1, 4, 'approved'), ('u1', '2023-06-01', $2, 2, 'pending')`,
      [person.p3, person.p5],
    );
    await d.query(
      "INSERT INTO keys (key, room_id, person_id, issued) VALUES ('K1', 'u1', $1, '2022-05-01')",
      [person.p1],
    );
  });

  it("gives past years their realisation and leaves this year and later empty", async () => {
    const r = await getMultiYear(deps(), "Utrecht", 2022);
    expect(r.saved).toBe(false);
    expect(r.plan.city).toBe("Utrecht");
    expect(r.cities).toEqual(["Amsterdam", "Utrecht"]);
    expect(r.figures.years).toEqual([2022, 2023, 2024, 2025]);
    expect(r.realised).toEqual([
      { year: 2022, rooms: 1, volunteersAndKeyHolders: 1, volunteers: 0, keyHolders: 1, participants: 1 },
      { year: 2023, rooms: 2, volunteersAndKeyHolders: 2, volunteers: 1, keyHolders: 1, participants: 5 },
      null,
      null,
    ]);
  });

  it("counts every room for the whole cooperative, a person once", async () => {
    const r = await getMultiYear(deps(), "Coöperatie", 2023);
    expect(r.plan.city).toBeNull();
    expect(r.realised[0]).toEqual({
      year: 2023,
      rooms: 3,
      volunteersAndKeyHolders: 2,
      volunteers: 1,
      keyHolders: 1,
      participants: 6,
    });
    expect(r.realised.slice(1)).toEqual([null, null, null]);
  });

  it("saves the area with the plan and puts the realisation under the targets in the document", async () => {
    const fresh = await getMultiYear(deps(), "Utrecht", 2022);
    const plan = { ...fresh.plan, volunteers: [10, 20, 30, 40], participants: [100, 200, 300, 400] };
    const saved = await saveMultiYear(deps(), plan);
    expect(saved.realised[1]?.participants).toBe(5);
    const back = await getMultiYear(deps(), "Utrecht", 1999);
    expect(back.saved).toBe(true);
    expect(back.plan.city).toBe("Utrecht");
    const doc = multiYearDocument(back.plan, "Coöperatie", "2024-06-15", back.realised);
    const result = doc.blocks.find((b) => b.kind === "table" && b.id === "Resultaat");
    expect(result && result.kind === "table" ? result.rows.map((r) => r.cells) : []).toEqual([
      ["Aantal buurtwerkkamers", 0, 0, 0, 0],
      ["Vrijwilligers en sleutelbeheerders", 10, 20, 30, 40],
      ["Unieke deelnemers/gebruikers", 100, 200, 300, 400],
      ["Gerealiseerd: buurtwerkkamers", 1, 2, null, null],
      ["Gerealiseerd: vrijwilligers en sleutelbeheerders", 1, 2, null, null],
      ["Gerealiseerd: unieke deelnemers", 1, 5, null, null],
    ]);
  });

  it("refuses an area without rooms, naming it", async () => {
    const fresh = await getMultiYear(deps(), "Utrecht", 2022);
    await expect(saveMultiYear(deps(), { ...fresh.plan, city: "Zwolle" })).rejects.toThrow(
      /geen kamers in de stad Zwolle/,
    );
  });
});
