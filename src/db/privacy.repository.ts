import { DEFAULT_RETENTION_DAYS } from "../domain/privacy/anonymise-inactive";
import type { NoteRead, PersonData, PrivacyRepository, RetentionCandidate } from "../domain/privacy/ports";
import type { Database, Queryable } from "./database";
import { personColumns } from "./people.repository";

const RETENTION_KEY = "privacy.retention_days";

/** The person and every record merged into them (directly or through a chain). */
async function mergeFamily(q: Queryable, personId: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `WITH RECURSIVE fam(id) AS (SELECT $1::int8 UNION SELECT p.id FROM people p JOIN fam f ON p.merged_into = f.id)
     SELECT id FROM fam`,
    [personId],
  );
  return rows.map((r) => r.id);
}

export function privacyRepository(db: Database): PrivacyRepository {
  return {
    async exportData(personId) {
      const ids = await mergeFamily(db, personId);
      const data: PersonData = {};
      data.people = await db.query("SELECT * FROM people WHERE id = ANY($1::int8[]) ORDER BY id", [ids]);
      for (const { table, column } of await personColumns(db)) {
        const rows = await db.query(`SELECT * FROM ${table} WHERE ${column} = ANY($1::int8[])`, [ids]);
        data[table] = [...(data[table] ?? []), ...rows];
      }
      data.audit_log = await db.query(
        "SELECT at, action, room_id, details FROM audit_log WHERE person_id = ANY($1::int8[]) ORDER BY at",
        [ids],
      );
      return data;
    },
    erase(personId, reason, userId) {
      return db.tx(async (q) => {
        const ids = await mergeFamily(q, personId);
        await q.query(
          `UPDATE people SET ref_hash = COALESCE(ref_hash, CASE WHEN ref IS NOT NULL THEN encode(sha256(convert_to(ref, 'UTF8')), 'hex') END),
             ref = NULL, first_name = NULL, street = NULL, phone = NULL, email = NULL, talents = NULL, referred_by = NULL,
             guardian_consent = NULL, birth_year = NULL, consent_at = NULL, erased_at = COALESCE(erased_at, now()), updated_at = now()
           WHERE id = ANY($1::int8[])`,
          [ids],
        );
        await q.query("UPDATE help_questions SET note = NULL WHERE person_id = ANY($1::int8[])", [ids]);
        await q.query(
          "INSERT INTO audit_log (user_id, action, person_id, details) VALUES ($1, 'person.erase', $2, $3)",
          [userId, personId, JSON.stringify({ reason, records: ids.length })],
        );
        return ids;
      });
    },
    async retentionDays() {
      const rows = await db.query<{ value: number }>("SELECT value FROM settings WHERE key = $1", [
        RETENTION_KEY,
      ]);
      return rows.length ? Number(rows[0].value) : DEFAULT_RETENTION_DAYS;
    },
    async setRetentionDays(days) {
      await db.query(
        "INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [RETENTION_KEY, JSON.stringify(days)],
      );
    },
    inactiveSince(before) {
      return db.query<RetentionCandidate>(
        `SELECT * FROM (
           SELECT p.id, p.ref, p.first_name AS "firstName", p.home_room AS "homeRoom",
             GREATEST(COALESCE(p.since, p.created_at::date),
               (SELECT max(date) FROM visits WHERE person_id = p.id),
               (SELECT max(date) FROM hours WHERE person_id = p.id),
               (SELECT max(COALESCE(to_date, from_date)) FROM stages WHERE person_id = p.id),
               (SELECT max(returned) FROM keys WHERE person_id = p.id),
               (SELECT make_date(max(year), 12, 31) FROM memberships WHERE person_id = p.id),
               (SELECT max(end_date) FROM placements WHERE person_id = p.id),
               (SELECT max(date) FROM outcomes WHERE person_id = p.id),
               (SELECT max(date) FROM referrals WHERE person_id = p.id),
               (SELECT max(date) FROM help_questions WHERE person_id = p.id),
               (SELECT max(date) FROM rota WHERE opener_id = p.id OR closer_id = p.id),
               (SELECT max(month) FROM allowances WHERE person_id = p.id)) AS "lastActivity"
           FROM people p
           WHERE p.erased_at IS NULL AND p.merged_into IS NULL
             AND NOT EXISTS (SELECT 1 FROM keys k WHERE k.person_id = p.id AND k.returned IS NULL)
             AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.end_date IS NULL)
         ) x WHERE "lastActivity" < $1 ORDER BY "lastActivity", id`,
        [before],
      );
    },
    async helpNote(questionId) {
      const rows = await db.query<{ id: number; personId: number; roomId: string; note: string | null }>(
        `SELECT id, person_id AS "personId", room_id AS "roomId", note FROM help_questions WHERE id = $1`,
        [questionId],
      );
      return rows[0] ?? null;
    },
    // Same action and details as the desk's own note reads (src/db/desk.repository.ts): one log.
    async logNoteRead(e) {
      await db.query(
        "INSERT INTO audit_log (user_id, action, room_id, person_id, details) VALUES ($1, 'help_note_read', $2, $3, $4)",
        [e.userId, e.roomId, e.personId, JSON.stringify({ help_question_id: e.questionId, via: e.via })],
      );
    },
    noteReads(limit) {
      return db.query<NoteRead>(
        `SELECT a.at::text AS at, a.user_id AS "userId", COALESCE(u.name, u.email) AS "user", a.person_id AS "personId",
                a.room_id AS "roomId", (a.details->>'help_question_id')::int8 AS "questionId", a.details->>'via' AS via
           FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
          WHERE a.action = 'help_note_read' ORDER BY a.at DESC, a.id DESC LIMIT $1`,
        [limit],
      );
    },
  };
}
