import type { Queryable } from "./database";

/**
 * DOMAIN §10 "person in a room": their home room, or a visit, stage, hours, key or membership in
 * that room. The one definition, owned by the people context: the desk's search, the people
 * lists, duplicate checks and the room check of ids in requests (src/server/room-scope.ts) all
 * use it, so a room sees the same people everywhere.
 *
 * `person` is the SQL expression of the person's id and `homeRoom` of their home room (columns
 * of an outer `people` row); `room` is the right-hand side of `=`: a parameter (`$1`) for one
 * room, or `ANY($2::text[])` for several.
 */
export function personInRoomSql(room: string, person = "p.id", homeRoom = "p.home_room"): string {
  return `(${homeRoom} = ${room}
  OR EXISTS (SELECT 1 FROM visits pir_v WHERE pir_v.person_id = ${person} AND pir_v.room_id = ${room})
  OR EXISTS (SELECT 1 FROM stages pir_s WHERE pir_s.person_id = ${person} AND pir_s.room_id = ${room})
  OR EXISTS (SELECT 1 FROM hours pir_h WHERE pir_h.person_id = ${person} AND pir_h.room_id = ${room})
  OR EXISTS (SELECT 1 FROM keys pir_k WHERE pir_k.person_id = ${person} AND pir_k.room_id = ${room})
  OR EXISTS (SELECT 1 FROM memberships pir_m WHERE pir_m.person_id = ${person} AND pir_m.room_id = ${room}))`;
}

/**
 * Whether the person is in one of the rooms. By default only a current record counts: an erased
 * record, or one merged into another, is in no room, so an id of it is refused like an unknown one;
 * `{ current: false }` also finds them (the person page shows an erased or merged record as such).
 */
export async function personInRoom(
  q: Queryable,
  personId: number,
  roomIds: readonly string[],
  opts: { current?: boolean } = {},
): Promise<boolean> {
  if (roomIds.length === 0) return false;
  const current = opts.current === false ? "" : "AND p.erased_at IS NULL AND p.merged_into IS NULL";
  const rows = await q.query(
    `SELECT 1 FROM people p WHERE p.id = $1 ${current} AND ${personInRoomSql("ANY($2::text[])")}`,
    [personId, [...roomIds]],
  );
  return rows.length > 0;
}

/** The rooms a current person is in; empty for an unknown, erased or merged id. */
export async function roomsOfPerson(q: Queryable, personId: number): Promise<string[]> {
  const rows = await q.query<{ room: string }>(
    `SELECT r.id AS room FROM rooms r JOIN people p ON p.id = $1
      WHERE p.erased_at IS NULL AND p.merged_into IS NULL AND ${personInRoomSql("r.id")}`,
    [personId],
  );
  return rows.map((r) => r.room);
}
