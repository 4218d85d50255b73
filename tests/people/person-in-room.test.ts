import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { deskRepository } from "../../src/db/desk.repository";
import { peopleRepository } from "../../src/db/people.repository";
import { personInRoom, roomsOfPerson } from "../../src/db/person-in-room";
import { roomsRepository } from "../../src/db/rooms.repository";
import type { Actor } from "../../src/domain/auth/roles";
import { logHours } from "../../src/domain/desk/log-hours";
import { searchPeople } from "../../src/domain/desk/search-people";
import { listPeople } from "../../src/domain/people/list-people";
import { todayInAmsterdam } from "../../src/domain/shared/dates";
import { describeEachDatabase } from "../support/databases";

const desk: Actor = { userId: 1, role: "desk", rooms: ["r1"], funderId: null };

// DOMAIN §10: a person is in a room by home room, or a visit, stage, hours, key or membership
// there. One definition (src/db/person-in-room.ts) for the desk, the people lists and the id checks.
describeEachDatabase("person in a room: one definition everywhere", (getDb) => {
  let db: Database;
  const ids: Record<string, number> = {};
  let activity: number;
  const today = todayInAmsterdam();

  beforeAll(async () => {
    db = await getDb();
    const rooms = roomsRepository(db);
    for (const id of ["r1", "r2"])
      await rooms.upsertRoom({
        id,
        name: `Kamer ${id}`,
        city: "Utrecht",
        neighbourhood: null,
        association: null,
        variant: "full",
        opened: null,
      });
    activity = await rooms.addActivity("r1", "social", "Inloop");
    // Everyone lives in r2; each has one kind of tie with r1 (or none).
    for (const name of ["Home", "Visit", "Stage", "Hours", "Key", "Member", "None", "Erased"]) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO people (ref, home_room, first_name) VALUES ($1, $2, $3) RETURNING id",
        [`pir-${name}`, name === "Home" ? "r1" : "r2", `Vr${name}`],
      );
      ids[name] = row.id;
    }
    await db.query(
      "INSERT INTO visits (room_id, date, activity_type, person_id) VALUES ('r1', $1, 'social', $2)",
      [today, ids.Visit],
    );
    await db.query(
      "INSERT INTO stages (person_id, room_id, stage, from_date) VALUES ($1, 'r1', 'vrijwilliger', $2)",
      [ids.Stage, today],
    );
    await db.query(
      "INSERT INTO hours (room_id, date, person_id, hours, kind, status) VALUES ('r1', $1, $2, 3, 'volunteer', 'approved')",
      [today, ids.Hours],
    );
    await db.query("INSERT INTO keys (key, room_id, person_id, issued) VALUES ('K1', 'r1', $1, $2)", [
      ids.Key,
      today,
    ]);
    await db.query("INSERT INTO memberships (person_id, room_id, year, paid) VALUES ($1, 'r1', 2026, true)", [
      ids.Member,
    ]);
    await db.query(
      "INSERT INTO visits (room_id, date, activity_type, person_id) VALUES ('r1', $1, 'social', $2)",
      [today, ids.Erased],
    );
    await db.query("UPDATE people SET erased_at = now(), first_name = NULL WHERE id = $1", [ids.Erased]);
  });

  it("counts home room, visit, stage, hours, key and membership, and nothing else", async () => {
    for (const name of ["Home", "Visit", "Stage", "Hours", "Key", "Member"])
      expect(await personInRoom(db, ids[name], ["r1"]), name).toBe(true);
    expect(await personInRoom(db, ids.None, ["r1"])).toBe(false);
    expect(await personInRoom(db, ids.None, ["r1", "r2"])).toBe(true);
    expect(await personInRoom(db, ids.Hours, [])).toBe(false);
    expect(await personInRoom(db, 987654, ["r1", "r2"])).toBe(false);
    // An erased record is in no room for a new registration, but its page still opens as erased.
    expect(await personInRoom(db, ids.Erased, ["r1"])).toBe(false);
    expect(await peopleRepository(db).personInRoom(ids.Erased, ["r1"], { current: false })).toBe(true);
    expect((await roomsOfPerson(db, ids.Hours)).sort()).toEqual(["r1", "r2"]);
    expect(await roomsOfPerson(db, ids.Erased)).toEqual([]);
  });

  it("lets the desk find and log hours for a volunteer who only has hours in the room", async () => {
    const deps = { desk: deskRepository(db), now: () => new Date() };
    const found = await searchPeople(deps, desk, { roomId: "r1", activityId: activity, q: "vrhours" });
    expect(found.map((p) => p.id)).toEqual([ids.Hours]);
    const keyed = await searchPeople(deps, desk, { roomId: "r1", q: "vrkey" });
    expect(keyed.map((p) => p.id)).toEqual([ids.Key]);
    expect(await searchPeople(deps, desk, { roomId: "r1", q: "vrnone" })).toEqual([]);
    const logged = await logHours(deps, desk, { roomId: "r1", key: "pir-1", personId: ids.Stage, hours: 2 });
    expect(logged.duplicate).toBe(false);
  });

  it("lists the same people on the people page as the desk finds", async () => {
    const listed = await listPeople({ people: peopleRepository(db), now: () => new Date() }, "r1", {});
    expect(listed.map((p) => p.firstName).sort()).toEqual(
      ["VrHome", "VrHours", "VrKey", "VrMember", "VrStage", "VrVisit"].sort(),
    );
  });
});
