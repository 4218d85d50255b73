import type { ReferralsRepository } from "../domain/referrals/ports";
import type { Referral } from "../domain/referrals/referral";
import type { Queryable } from "./database";
import { personInRoom } from "./person-in-room";

// An empty imported outcome is pending (INTERCHANGE); the person's name is hidden once erased.
const SELECT = `
SELECT r.id, r.room_id AS "roomId", r.date, r.direction, r.partner_id AS "partnerId",
       p.name AS "partnerName", p.type AS "partnerType", r.person_id AS "personId",
       CASE WHEN pe.erased_at IS NULL THEN pe.first_name END AS "personName",
       r.warm, COALESCE(r.outcome, 'pending') AS status, r.outcome_date AS "outcomeDate",
       r.not_connected_reason AS "notConnectedReason", r.outcome_note AS "outcomeNote",
       r.follow_up_date AS "followUpDate", r.appointment, r.accompanied_by AS "accompaniedBy",
       r.life_domains AS "lifeDomains", r.consent_to_share AS "consentToShare",
       r.help_question_id AS "helpQuestionId"
FROM referrals r
JOIN partners p ON p.id = r.partner_id
LEFT JOIN people pe ON pe.id = r.person_id`;

const PATCH_COLUMNS: Record<string, string> = {
  personId: "person_id",
  warm: "warm",
  lifeDomains: "life_domains",
  consentToShare: "consent_to_share",
  followUpDate: "follow_up_date",
  appointment: "appointment",
  accompaniedBy: "accompanied_by",
};

export function referralsRepository(db: Queryable): ReferralsRepository {
  return {
    async insert(r) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO referrals (room_id, date, direction, partner_id, person_id, warm, outcome, life_domains,
           consent_to_share, follow_up_date, appointment, accompanied_by, help_question_id, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,'pending',$7::text[],$8,$9,$10,$11,$12,$13) RETURNING id`,
        [
          r.roomId,
          r.date,
          r.direction,
          r.partnerId,
          r.personId,
          r.warm,
          r.lifeDomains,
          r.consentToShare,
          r.followUpDate,
          r.appointment,
          r.accompaniedBy,
          r.helpQuestionId,
          r.createdBy,
        ],
      );
      return rows[0].id;
    },
    async get(roomId, id) {
      const rows = await db.query<Referral>(`${SELECT} WHERE r.room_id = $1 AND r.id = $2`, [roomId, id]);
      return rows[0] ?? null;
    },
    list(roomId, f) {
      const where = ["r.room_id = $1"];
      const params: unknown[] = [roomId];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace("?", `$${params.length}`));
      };
      if (f.direction) add("r.direction = ?", f.direction);
      if (f.status) add("COALESCE(r.outcome, 'pending') = ?", f.status);
      if (f.partnerId !== undefined) add("r.partner_id = ?", f.partnerId);
      if (f.from) add("r.date >= ?::date", f.from);
      if (f.to) add("r.date <= ?::date", f.to);
      return db.query<Referral>(
        `${SELECT} WHERE ${where.join(" AND ")} ORDER BY r.date DESC, r.id DESC LIMIT 1000`,
        params,
      );
    },
    followUp(roomIds, today) {
      return db.query<Referral>(
        `${SELECT} WHERE r.room_id = ANY($1::text[]) AND (r.outcome IS NULL OR r.outcome = 'pending')
           AND r.follow_up_date < $2::date
         ORDER BY r.follow_up_date, r.id`,
        [roomIds, today],
      );
    },
    async update(roomId, id, patch) {
      const sets: string[] = [];
      const params: unknown[] = [roomId, id];
      for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
        const value = (patch as Record<string, unknown>)[key];
        if (value === undefined) continue;
        params.push(value);
        sets.push(`${column} = $${params.length}${key === "lifeDomains" ? "::text[]" : ""}`);
      }
      if (sets.length === 0) return;
      await db.query(
        `UPDATE referrals SET ${sets.join(", ")}, updated_at = now() WHERE room_id = $1 AND id = $2`,
        params,
      );
    },
    async decide(roomId, id, o) {
      const rows = await db.query(
        `UPDATE referrals SET outcome = $3, outcome_date = $4, not_connected_reason = $5, outcome_note = $6,
           updated_at = now()
         WHERE room_id = $1 AND id = $2 AND (outcome IS NULL OR outcome = 'pending') RETURNING id`,
        [roomId, id, o.status, o.date, o.reason, o.note],
      );
      return rows.length > 0;
    },
    overviewRows(roomIds, from, to) {
      return db.query(
        `SELECT r.room_id AS "roomId", r.partner_id AS "partnerId", p.name AS "partnerName", r.direction,
                COALESCE(r.outcome, 'pending') AS status, r.date, r.outcome_date AS "outcomeDate",
                r.not_connected_reason AS reason
         FROM referrals r JOIN partners p ON p.id = r.partner_id
         WHERE r.room_id = ANY($1::text[]) AND r.date BETWEEN $2::date AND $3::date`,
        [roomIds, from, to],
      );
    },
    async partnerExists(id) {
      return (await db.query("SELECT 1 FROM partners WHERE id = $1", [id])).length > 0;
    },
    personInRoom: (id, roomId) => personInRoom(db, id, [roomId]),
    async helpQuestion(id) {
      const rows = await db.query<{
        id: number;
        roomId: string;
        date: string;
        personId: number;
        personName: string | null;
        domains: string[];
      }>(
        `SELECT h.id, h.room_id AS "roomId", h.date, h.person_id AS "personId",
                CASE WHEN pe.erased_at IS NULL THEN pe.first_name END AS "personName", h.domains
         FROM help_questions h JOIN people pe ON pe.id = h.person_id WHERE h.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    helpQuestions(roomId, limit) {
      return db.query(
        `SELECT h.id, h.room_id AS "roomId", h.date, h.person_id AS "personId",
                CASE WHEN pe.erased_at IS NULL THEN pe.first_name END AS "personName", h.domains
         FROM help_questions h JOIN people pe ON pe.id = h.person_id
         WHERE h.room_id = $1 ORDER BY h.date DESC, h.id DESC LIMIT $2`,
        [roomId, limit],
      );
    },
    async noteData(roomId, id) {
      const rows = await db.query<
        Referral & {
          roomName: string;
          roomCity: string | null;
          contactName: string | null;
          contactPhone: string | null;
        }
      >(
        `SELECT x.*, ro.name AS "roomName", ro.city AS "roomCity", p.contact_name AS "contactName",
                p.contact_phone AS "contactPhone"
         FROM (${SELECT} WHERE r.room_id = $1 AND r.id = $2) x
         JOIN rooms ro ON ro.id = x."roomId" JOIN partners p ON p.id = x."partnerId"`,
        [roomId, id],
      );
      const row = rows[0];
      if (!row) return null;
      const { roomName, roomCity, contactName, contactPhone, ...referral } = row;
      return {
        referral,
        roomName,
        roomCity,
        partnerContactName: contactName,
        partnerContactPhone: contactPhone,
      };
    },
    async logNotePrinted(userId, roomId, personId, referralId) {
      await db.query(
        "INSERT INTO audit_log (user_id, action, room_id, person_id, details) VALUES ($1, 'referral.note', $2, $3, $4)",
        [userId, roomId, personId, JSON.stringify({ referralId })],
      );
    },
  };
}
