import type { KeyHolderNow, KeyIssue, KeysRepository, RotaShift } from "../domain/keys/ports";
import type { Queryable } from "./database";

const KEY_COLS = `k.id, k.key, k.room_id AS "roomId", k.person_id AS "personId", p.first_name AS "firstName",
  k.issued, k.returned, k.flag`;
const SHIFT_COLS = `r.id, r.room_id AS "roomId", r.date, r.opens, r.closes, r.opener_id AS "openerId",
  o.first_name AS "openerName", r.closer_id AS "closerId", c.first_name AS "closerName"`;

export function keysRepository(db: Queryable): KeysRepository {
  return {
    listKeys(roomId) {
      return db.query<KeyIssue>(
        `SELECT ${KEY_COLS} FROM keys k LEFT JOIN people p ON p.id = k.person_id
          WHERE k.room_id = $1 ORDER BY k.returned IS NULL DESC, k.key, k.issued DESC`,
        [roomId],
      );
    },
    async getKey(id) {
      const rows = await db.query<KeyIssue>(
        `SELECT ${KEY_COLS} FROM keys k LEFT JOIN people p ON p.id = k.person_id WHERE k.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    overlapping(roomId, key, from, to) {
      return db.query<KeyIssue>(
        `SELECT ${KEY_COLS} FROM keys k LEFT JOIN people p ON p.id = k.person_id
          WHERE k.room_id = $1 AND lower(k.key) = lower($2)
            AND k.issued <= COALESCE($4::date, '9999-12-31') AND $3::date <= COALESCE(k.returned, '9999-12-31')
          ORDER BY k.issued`,
        [roomId, key, from, to],
      );
    },
    async issue(i) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO keys (key, room_id, person_id, issued) VALUES ($1,$2,$3,$4) RETURNING id",
        [i.key, i.roomId, i.personId, i.issued],
      );
      return row.id;
    },
    async setReturned(id, returned) {
      await db.query("UPDATE keys SET returned = $2 WHERE id = $1", [id, returned]);
    },
    holdersOn(roomId, day, since) {
      return db.query<KeyHolderNow>(
        `SELECT ${KEY_COLS},
           k.person_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM stages s WHERE s.person_id = k.person_id AND s.room_id = k.room_id
               AND s.stage IN ('vrijwilliger','sleutelvrijwilliger','bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker')
               -- The stage the key itself derives says nothing about volunteering.
               AND NOT (s.stage = 'sleutelvrijwilliger' AND s.origin = 'derived')
               AND s.from_date <= $2 AND (s.to_date IS NULL OR s.to_date >= $2))
           AND NOT EXISTS (
             SELECT 1 FROM hours h WHERE h.person_id = k.person_id AND h.room_id = k.room_id
               AND h.kind = 'volunteer' AND h.status <> 'rejected' AND h.date BETWEEN $3 AND $2) AS "stoppedVolunteering"
         FROM keys k LEFT JOIN people p ON p.id = k.person_id
         WHERE k.room_id = $1 AND k.issued <= $2 AND (k.returned IS NULL OR k.returned >= $2)
         ORDER BY k.key`,
        [roomId, day, since],
      );
    },
    async holdsKey(roomId, personId, day) {
      const rows = await db.query(
        `SELECT 1 FROM keys WHERE room_id = $1 AND person_id = $2 AND issued <= $3
           AND (returned IS NULL OR returned >= $3) LIMIT 1`,
        [roomId, personId, day],
      );
      return rows.length > 0;
    },
    listRota(roomId, from, to) {
      return db.query<RotaShift>(
        `SELECT ${SHIFT_COLS} FROM rota r LEFT JOIN people o ON o.id = r.opener_id LEFT JOIN people c ON c.id = r.closer_id
          WHERE r.room_id = $1 AND r.date BETWEEN $2 AND $3 ORDER BY r.date, r.opens`,
        [roomId, from, to],
      );
    },
    async getShift(id) {
      const rows = await db.query<RotaShift>(
        `SELECT ${SHIFT_COLS} FROM rota r LEFT JOIN people o ON o.id = r.opener_id LEFT JOIN people c ON c.id = r.closer_id
          WHERE r.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    async addShift(s) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO rota (room_id, date, opens, closes, opener_id, closer_id) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id",
        [s.roomId, s.date, s.opens, s.closes, s.openerId, s.closerId],
      );
      return row.id;
    },
    async deleteShift(id) {
      await db.query("DELETE FROM rota WHERE id = $1", [id]);
    },
  };
}
