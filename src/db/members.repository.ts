import type { MemberRow, MembersRepository } from "../domain/members/ports";
import type { Queryable } from "./database";

const MEMBER_COLS = `m.id, m.person_id AS "personId", p.ref, p.first_name AS "firstName", p.street, m.year, m.paid, m.amount`;
const duesKey = (roomId: string) => `members.dues.${roomId}`;

export function membersRepository(db: Queryable): MembersRepository {
  return {
    list(roomId, year) {
      return db.query<MemberRow>(
        `SELECT ${MEMBER_COLS} FROM memberships m LEFT JOIN people p ON p.id = m.person_id
          WHERE m.room_id = $1 AND m.year = $2 ORDER BY p.first_name NULLS LAST, m.id`,
        [roomId, year],
      );
    },
    payingPerYear(roomId) {
      return db.query(
        `SELECT year, count(DISTINCT person_id) FILTER (WHERE paid)::int AS paying,
                count(DISTINCT person_id)::int AS registered
           FROM memberships WHERE room_id = $1 GROUP BY year ORDER BY year DESC`,
        [roomId],
      );
    },
    async find(personId, roomId, year) {
      const rows = await db.query<MemberRow>(
        `SELECT ${MEMBER_COLS} FROM memberships m LEFT JOIN people p ON p.id = m.person_id
          WHERE m.person_id = $1 AND m.room_id = $2 AND m.year = $3 ORDER BY m.id LIMIT 1`,
        [personId, roomId, year],
      );
      return rows[0] ?? null;
    },
    async get(id) {
      const rows = await db.query<MemberRow & { roomId: string }>(
        `SELECT ${MEMBER_COLS}, m.room_id AS "roomId" FROM memberships m LEFT JOIN people p ON p.id = m.person_id WHERE m.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    async insert(m) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO memberships (person_id, room_id, year, paid, amount) VALUES ($1,$2,$3,$4,$5) RETURNING id",
        [m.personId, m.roomId, m.year, m.paid, m.amount],
      );
      return row.id;
    },
    async update(id, paid, amount) {
      await db.query("UPDATE memberships SET paid = $2, amount = $3 WHERE id = $1", [id, paid, amount]);
    },
    async remove(id) {
      await db.query("DELETE FROM memberships WHERE id = $1", [id]);
    },
    async firstKnown(personId) {
      const [row] = await db.query<{ d: string | null }>(
        `SELECT LEAST(
           (SELECT since FROM people WHERE id = $1),
           (SELECT min(date) FROM visits WHERE person_id = $1),
           (SELECT min(from_date) FROM stages WHERE person_id = $1),
           (SELECT min(date) FROM hours WHERE person_id = $1)) AS d`,
        [personId],
      );
      return row?.d ?? null;
    },
    async dues(roomId) {
      const rows = await db.query<{ value: number }>("SELECT value FROM settings WHERE key = $1", [
        duesKey(roomId),
      ]);
      return rows.length ? Number(rows[0].value) : 1;
    },
    async setDues(roomId, amount) {
      await db.query(
        "INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [duesKey(roomId), JSON.stringify(amount)],
      );
    },
  };
}
