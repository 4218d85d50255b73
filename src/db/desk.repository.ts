import type { DeskRepository, StoredVisit } from "../domain/desk/ports";
import type { Database, Queryable } from "./database";
import { personInRoom, personInRoomSql } from "./person-in-room";

const visitCols = (v: string) => `${v}id, ${v}room_id AS "roomId", ${v}date, ${v}activity_id AS "activityId",
  ${v}activity_type AS "activityType", ${v}person_id AS "personId", ${v}count, ${v}first_time AS "firstTime",
  ${v}created_by AS "createdBy", (extract(epoch FROM ${v}created_at) * 1000)::float8 AS "createdAtMs",
  ${v}source_key AS "sourceKey"`;
const VISIT_COLS = visitCols("");

const ACTIVITY_COLS = `id, room_id AS "roomId", type, name, active, for_children AS "forChildren"`;

const HOURS_COLS = `h.id, h.room_id AS "roomId", h.date, h.person_id AS "personId", p.first_name AS "firstName",
  h.hours, h.activity, h.status, h.created_by AS "createdBy", coalesce(h.source_key LIKE 'desk:%', false) AS "fromDesk"`;

/** LIKE treats % and _ as wildcards; a search typed at the desk means them literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** DOMAIN §10 "person in a room" for the room in $1, owned by the people context. */
const IN_ROOM = personInRoomSql("$1");

export function deskRepository(db: Database): DeskRepository {
  return make(db, db);
}

function make(q: Queryable, db: Database | null): DeskRepository {
  const one = async <T>(sql: string, params: unknown[]): Promise<T | null> =>
    (await q.query<T>(sql, params))[0] ?? null;

  const repo: DeskRepository = {
    async withRoomLock(roomId, fn) {
      if (!db) return fn(repo);
      return db.tx(async (t) => {
        await t.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`desk:${roomId}`]);
        return fn(make(t, null));
      });
    },

    getActivity: (id) => one(`SELECT ${ACTIVITY_COLS} FROM activities WHERE id = $1`, [id]),
    listActivities: (roomId) =>
      q.query(`SELECT ${ACTIVITY_COLS} FROM activities WHERE room_id = $1`, [roomId]),
    async activityUse(roomId, dates) {
      const rows = await q.query<{ id: number; n: number }>(
        `SELECT activity_id AS id, count(*)::int AS n FROM visits
         WHERE room_id = $1 AND date = ANY($2::date[]) AND activity_id IS NOT NULL GROUP BY activity_id`,
        [roomId, dates],
      );
      return new Map(rows.map((r) => [r.id, r.n]));
    },
    dayRows: (roomId, date) =>
      q.query(
        `SELECT activity_id AS "activityId", person_id AS "personId", count, first_time AS "firstTime"
         FROM visits WHERE room_id = $1 AND date = $2`,
        [roomId, date],
      ),
    userVisits: (roomId, date, userId, limit) =>
      q.query(
        `SELECT ${visitCols("v.")}, p.first_name AS "firstName"
         FROM visits v LEFT JOIN people p ON p.id = v.person_id
         WHERE v.room_id = $1 AND v.date = $2 AND v.created_by = $3 AND v.source_key LIKE 'desk:%'
         ORDER BY v.id DESC LIMIT $4`,
        [roomId, date, userId, limit],
      ),

    findVisitByKey: (key) =>
      one<StoredVisit>(`SELECT ${VISIT_COLS} FROM visits WHERE source_key = $1`, [key]),
    getVisit: (id) => one<StoredVisit>(`SELECT ${VISIT_COLS} FROM visits WHERE id = $1`, [id]),
    findNamedVisit: (roomId, date, activityId, personId) =>
      one<StoredVisit>(
        `SELECT ${VISIT_COLS} FROM visits WHERE room_id = $1 AND date = $2 AND activity_id = $3 AND person_id = $4
         ORDER BY id LIMIT 1`,
        [roomId, date, activityId, personId],
      ),
    findRecentTally: (v, withinMs) =>
      one<StoredVisit>(
        `SELECT ${VISIT_COLS} FROM visits WHERE room_id = $1 AND date = $2 AND activity_id = $3 AND person_id IS NULL
           AND first_time = $4 AND created_by = $5
           AND created_at >= clock_timestamp() - make_interval(secs => $6::float8 / 1000)
         ORDER BY id DESC LIMIT 1`,
        [v.roomId, v.date, v.activityId, v.firstTime, v.createdBy, withinMs],
      ),
    async insertVisit(v) {
      const rows = await q.query<{ id: number }>(
        `INSERT INTO visits (room_id, date, activity_type, activity_id, person_id, count, first_time, source_key, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
        [
          v.roomId,
          v.date,
          v.activityType,
          v.activityId,
          v.personId,
          v.count,
          v.firstTime,
          v.sourceKey,
          v.createdBy,
        ],
      );
      return rows[0]?.id ?? null;
    },
    async deleteVisit(id) {
      await q.query("DELETE FROM visits WHERE id = $1", [id]);
    },

    childConsent: (personId) =>
      one(
        `SELECT under_16 AS "under16", guardian_consent IS NOT NULL AS "guardianConsent", first_name AS "firstName"
         FROM people WHERE id = $1`,
        [personId],
      ),
    personInRoom: (roomId, id) => personInRoom(q, id, [roomId]),
    searchPeople({ roomId, activityId, text, date, limit }) {
      const year = Number(date.slice(0, 4));
      return q.query(
        `WITH freq AS (
           SELECT person_id, count(*)::int AS n FROM visits
           WHERE activity_id = $2 AND person_id IS NOT NULL AND date > ($4::date - 365) AND date <= $4
           GROUP BY person_id
         ),
         cand AS (
           SELECT p.id FROM people p
           WHERE $3 <> '' AND p.erased_at IS NULL AND p.merged_into IS NULL
             AND (lower(p.first_name) LIKE $3 || '%' OR lower(p.street) LIKE $3 || '%'
                  OR lower(p.street) LIKE '% ' || $3 || '%')
             AND ${IN_ROOM}
           UNION
           SELECT person_id FROM (SELECT person_id FROM freq ORDER BY n DESC LIMIT $5) f WHERE $3 = ''
           UNION
           SELECT person_id FROM visits WHERE $3 = '' AND activity_id = $2 AND date = $4 AND person_id IS NOT NULL
         )
         SELECT p.id, p.first_name AS "firstName", p.street, coalesce(f.n, 0) AS frequency,
           (SELECT count(DISTINCT v.date)::int FROM visits v
             WHERE v.room_id = $1 AND v.person_id = p.id AND v.date >= make_date($6, 1, 1) AND v.date <= $4)
             AS "visitDaysThisYear",
           (coalesce(p.phone, '') <> '' OR coalesce(p.email, '') <> '') AS "hasContact",
           (p.wants_membership OR EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.year = $6))
             AS "isMember",
           EXISTS (SELECT 1 FROM help_questions h WHERE h.person_id = p.id) AS "hasHelpQuestion",
           (SELECT max(v.id) FROM visits v WHERE v.activity_id = $2 AND v.person_id = p.id AND v.date = $4)
             AS "visitToday"
         FROM cand c JOIN people p ON p.id = c.id LEFT JOIN freq f ON f.person_id = p.id
         WHERE p.erased_at IS NULL AND p.merged_into IS NULL
         ORDER BY frequency DESC, lower(p.first_name), p.id
         LIMIT $5`,
        [roomId, activityId, likeEscape(text), date, limit, year],
      );
    },
    findSameNameStreet: (firstName, street) =>
      one(
        `SELECT id FROM people WHERE lower(first_name) = lower($1) AND lower(street) = lower($2)
           AND erased_at IS NULL AND merged_into IS NULL ORDER BY id LIMIT 1`,
        [firstName, street],
      ),
    async personByKey(key) {
      const row = await one<{ id: number }>("SELECT person_id AS id FROM desk_person_keys WHERE key = $1", [
        key,
      ]);
      return row?.id ?? null;
    },
    async createPerson(p) {
      const [{ id }] = await q.query<{ id: number }>(
        `INSERT INTO people (home_room, first_name, street, phone, newcomer, landlord, since, birth_year,
           guardian_consent, consent_at, wants_membership, referred_by, under_16)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9, now(), $10, $11, $12) RETURNING id`,
        [
          p.roomId,
          p.firstName,
          p.street,
          p.phone,
          p.newcomer,
          p.landlord,
          p.date,
          p.birthYear,
          p.guardianConsent,
          p.wantsMembership,
          p.referredBy,
          p.under16,
        ],
      );
      // People made in the app get a reference so that export always has one (INTERCHANGE `person`).
      await q.query("UPDATE people SET ref = 'bb-' || id WHERE id = $1", [id]);
      if (p.referredBy) {
        await q.query("INSERT INTO partners (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", [
          p.referredBy,
        ]);
        await q.query(
          // The resident is here: the agency's referral has connected on this very day.
          `INSERT INTO referrals (room_id, date, direction, partner_id, person_id, outcome, outcome_date)
           SELECT $1, $2, 'in', id, $4, 'connected', $2 FROM partners WHERE name = $3`,
          [p.roomId, p.date, p.referredBy, id],
        );
      }
      await q.query("INSERT INTO desk_person_keys (key, person_id) VALUES ($1, $2)", [p.key, id]);
      return id;
    },
    async addPersonDetails(id, d) {
      await q.query(
        `UPDATE people SET phone = coalesce($2, phone), wants_membership = coalesce($3, wants_membership),
           updated_at = now() WHERE id = $1`,
        [id, d.phone ?? null, d.wantsMembership ?? null],
      );
    },

    async insertJobDetails(visitId, kind, note) {
      await q.query("INSERT INTO desk_jobs (visit_id, kind, note) VALUES ($1, $2, $3)", [
        visitId,
        kind,
        note,
      ]);
    },
    async insertHours(h) {
      const rows = await q.query<{ id: number }>(
        `INSERT INTO hours (room_id, date, person_id, hours, kind, activity, status, source_key, created_by)
         VALUES ($1,$2,$3,$4,'volunteer',$5,$6,$7,$8) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
        [h.roomId, h.date, h.personId, h.hours, h.activity, h.status, h.sourceKey, h.createdBy],
      );
      return rows[0]?.id ?? null;
    },
    async deleteHoursByKeyPrefix(prefix) {
      await q.query("DELETE FROM hours WHERE source_key LIKE $1 || '%'", [likeEscape(prefix)]);
    },
    listHours: (roomId, from, to, status) =>
      q.query(
        `SELECT ${HOURS_COLS} FROM hours h LEFT JOIN people p ON p.id = h.person_id
         WHERE h.room_id = $1 AND h.date BETWEEN $2 AND $3 AND h.kind = 'volunteer'
           AND ($4::text IS NULL OR h.status = $4) AND ($4::text IS NOT NULL OR h.source_key LIKE 'desk:%')
         ORDER BY h.date DESC, h.id DESC LIMIT 500`,
        [roomId, from, to, status ?? null],
      ),
    getHours: (id) =>
      one(`SELECT ${HOURS_COLS} FROM hours h LEFT JOIN people p ON p.id = h.person_id WHERE h.id = $1`, [id]),
    findHoursByKey: (sourceKey) =>
      one(
        `SELECT ${HOURS_COLS} FROM hours h LEFT JOIN people p ON p.id = h.person_id WHERE h.source_key = $1`,
        [sourceKey],
      ),
    async updateHours(id, c) {
      await q.query(
        "UPDATE hours SET hours = coalesce($2, hours), status = coalesce($3, status) WHERE id = $1",
        [id, c.hours ?? null, c.status ?? null],
      );
    },
    listVolunteers: (roomId, since) =>
      q.query(
        `SELECT p.id, p.first_name AS "firstName", p.street FROM people p
         WHERE p.erased_at IS NULL AND p.merged_into IS NULL AND (
           EXISTS (SELECT 1 FROM stages s WHERE s.person_id = p.id AND s.room_id = $1 AND s.to_date IS NULL
                   AND s.stage NOT IN ('bezoeker', 'deelnemer', 'lid'))
           OR EXISTS (SELECT 1 FROM hours h WHERE h.person_id = p.id AND h.room_id = $1 AND h.date >= $2))
         ORDER BY lower(p.first_name), p.id LIMIT 300`,
        [roomId, since],
      ),

    async insertHelpQuestion(h) {
      const [{ id }] = await q.query<{ id: number }>(
        `INSERT INTO help_questions (person_id, room_id, date, domains, note, created_by)
         VALUES ($1,$2,$3,$4::text[],$5,$6) RETURNING id`,
        [h.personId, h.roomId, h.date, h.domains, h.note, h.createdBy],
      );
      return id;
    },
    listHelpQuestions: (roomId, limit) =>
      q.query(
        `SELECT h.id, h.person_id AS "personId", p.first_name AS "firstName", h.date, h.domains
         FROM help_questions h JOIN people p ON p.id = h.person_id
         WHERE h.room_id = $1 ORDER BY h.date DESC, h.id DESC LIMIT $2`,
        [roomId, limit],
      ),
    async readHelpNote(roomId, id, userId) {
      const read = async (t: Queryable) => {
        const row = (
          await t.query<{ note: string | null; personId: number }>(
            `SELECT note, person_id AS "personId" FROM help_questions WHERE id = $1 AND room_id = $2`,
            [id, roomId],
          )
        )[0];
        if (!row) return null;
        await t.query(
          `INSERT INTO audit_log (user_id, action, room_id, person_id, details)
           VALUES ($1, 'help_note_read', $2, $3, $4::jsonb)`,
          [userId, roomId, row.personId, JSON.stringify({ help_question_id: id })],
        );
        return row;
      };
      return db ? db.tx(read) : read(q);
    },

    async callCandidates(roomId, since, until, minDays) {
      const rows = await q.query<{
        personId: number;
        firstName: string | null;
        street: string | null;
        phone: string | null;
        visitDays: number;
        lastVisit: string;
        callDate: string | null;
        callOutcome: string | null;
      }>(
        `WITH seen AS (
           SELECT person_id, count(DISTINCT date)::int AS days, max(date) AS last
           FROM visits WHERE room_id = $1 AND person_id IS NOT NULL AND date BETWEEN $2 AND $3
           GROUP BY person_id HAVING count(DISTINCT date) >= $4
         )
         SELECT s.person_id AS "personId", p.first_name AS "firstName", p.street, p.phone,
           s.days AS "visitDays", s.last AS "lastVisit", c.date AS "callDate", c.outcome AS "callOutcome"
         FROM seen s JOIN people p ON p.id = s.person_id
         LEFT JOIN LATERAL (
           SELECT date, outcome FROM call_outcomes co WHERE co.room_id = $1 AND co.person_id = s.person_id
           ORDER BY date DESC, id DESC LIMIT 1
         ) c ON true
         WHERE p.erased_at IS NULL AND p.merged_into IS NULL`,
        [roomId, since, until, minDays],
      );
      return rows.map(({ callDate, callOutcome, ...r }) => ({
        ...r,
        lastCall: callDate && callOutcome ? { date: callDate, outcome: callOutcome as never } : null,
      }));
    },
    async insertCallOutcome(c) {
      const [{ id }] = await q.query<{ id: number }>(
        `INSERT INTO call_outcomes (room_id, person_id, date, outcome, note, created_by)
         VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [c.roomId, c.personId, c.date, c.outcome, c.note, c.createdBy],
      );
      return id;
    },

    regulars: (activityId, since, limit) =>
      q.query(
        `SELECT p.first_name AS "firstName", p.street FROM (
           SELECT person_id, count(*) AS n FROM visits
           WHERE activity_id = $1 AND person_id IS NOT NULL AND date >= $2 GROUP BY person_id
         ) f JOIN people p ON p.id = f.person_id
         WHERE p.erased_at IS NULL AND p.merged_into IS NULL
         ORDER BY f.n DESC, lower(p.first_name) LIMIT $3`,
        [activityId, since, limit],
      ),
  };
  return repo;
}
