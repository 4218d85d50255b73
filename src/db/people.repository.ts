import type {
  PeopleRepository,
  Person,
  PersonFields,
  PersonHistory,
  PlacementRow,
  StageEntry,
  StageRow,
} from "../domain/people/ports";
import type { Database, Queryable } from "./database";
import { personInRoom, personInRoomSql } from "./person-in-room";

const PERSON_COLS = `id, ref, home_room AS "homeRoom", first_name AS "firstName", street, phone, email, newcomer,
  referred_by AS "referredBy", landlord, talents, wants_membership AS "wantsMembership", since,
  merged_into AS "mergedInto", erased_at::text AS "erasedAt", created_at::text AS "createdAt"`;

const FIELD_COLUMNS: Record<keyof PersonFields, string> = {
  firstName: "first_name",
  street: "street",
  phone: "phone",
  email: "email",
  newcomer: "newcomer",
  referredBy: "referred_by",
  landlord: "landlord",
  talents: "talents",
  wantsMembership: "wants_membership",
  since: "since",
};

const ENTRY_COLS = `id, person_id AS "personId", room_id AS "roomId", stage, from_date AS "from", to_date AS "to"`;
const STAGE_COLS = `${ENTRY_COLS}, origin, lapses_on AS "lapsesOn"`;
const placementCols = (
  t: string,
) => `${t}.id, ${t}.person_id AS "personId", ${t}.room_id AS "roomId", ${t}.type,
  ${t}.start_date AS "start", ${t}.end_date AS "end", ${t}.wage_value_pct AS "wageValuePct"`;

/**
 * Every column that references people(id), found in the catalogue so that a merge also moves the
 * rows of contexts added later (desk, referrals …) without this file knowing them.
 */
export async function personColumns(q: Queryable): Promise<{ table: string; column: string }[]> {
  return q.query<{ table: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass AND c.conrelid <> 'people'::regclass`,
  );
}

export function peopleRepository(db: Database): PeopleRepository {
  return {
    async getPerson(id) {
      const rows = await db.query<Person>(`SELECT ${PERSON_COLS} FROM people WHERE id = $1`, [id]);
      return rows[0] ?? null;
    },
    personInRoom: (personId, roomIds, opts) => personInRoom(db, personId, roomIds, opts),
    listPeople(roomId, f, today) {
      const params: unknown[] = [roomId, today];
      const where = ["p.merged_into IS NULL", "p.erased_at IS NULL", personInRoomSql("$1")];
      if (f.search) {
        params.push(`%${f.search}%`);
        where.push(
          `(p.first_name ILIKE $${params.length} OR p.street ILIKE $${params.length} OR p.ref ILIKE $${params.length})`,
        );
      }
      if (f.newcomer !== undefined) {
        params.push(f.newcomer);
        where.push(`p.newcomer = $${params.length}`);
      }
      const outer: string[] = [];
      if (f.stage) {
        params.push(f.stage);
        outer.push(`stage = $${params.length}`);
      }
      if (f.member !== undefined) outer.push(f.member ? "member" : "NOT member");
      if (f.activeYear) {
        params.push(`${f.activeYear}-01-01`, `${f.activeYear}-12-31`);
        const a = params.length - 1;
        where.push(`(EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id AND v.date BETWEEN $${a} AND $${a + 1})
          OR EXISTS (SELECT 1 FROM hours h WHERE h.person_id = p.id AND h.date BETWEEN $${a} AND $${a + 1}))`);
      }
      if (f.seenSince) {
        params.push(f.seenSince);
        outer.push(`last_seen >= $${params.length}`);
      }
      params.push(f.limit);
      return db
        .query(
          `SELECT * FROM (
           SELECT p.id, p.ref, p.first_name AS "firstName", p.street, p.newcomer, p.home_room AS "homeRoom",
             (SELECT s.stage FROM stages s WHERE s.person_id = p.id AND s.room_id = $1 AND s.from_date <= $2::date
                AND (s.to_date IS NULL OR s.to_date >= $2::date)
              ORDER BY array_position(ARRAY['bezoeker','deelnemer','lid','vrijwilliger','sleutelvrijwilliger',
                'bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker'], s.stage) DESC LIMIT 1) AS stage,
             EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.room_id = $1 AND m.paid
               AND m.year = extract(year FROM $2::date)::int) AS member,
             GREATEST((SELECT max(v.date) FROM visits v WHERE v.person_id = p.id AND v.room_id = $1),
                      (SELECT max(h.date) FROM hours h WHERE h.person_id = p.id AND h.room_id = $1)) AS last_seen
           FROM people p WHERE ${where.join(" AND ")}
         ) x ${outer.length ? `WHERE ${outer.join(" AND ")}` : ""}
         ORDER BY last_seen DESC NULLS LAST, "firstName" NULLS LAST, id
         LIMIT $${params.length}`,
          params,
        )
        .then((rows) =>
          rows.map((r) => {
            const { last_seen, ...rest } = r as Record<string, unknown>;
            return { ...rest, lastSeen: last_seen ?? null } as never;
          }),
        );
    },
    async createPerson(homeRoom, f) {
      return db.tx(async (q) => {
        const [row] = await q.query<{ id: number }>(
          `INSERT INTO people (home_room, first_name, street, phone, email, newcomer, referred_by, landlord, talents,
             wants_membership, since, consent_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,COALESCE($11::date, current_date), now()) RETURNING id`,
          [
            homeRoom,
            f.firstName,
            f.street,
            f.phone,
            f.email,
            f.newcomer,
            f.referredBy,
            f.landlord,
            f.talents,
            f.wantsMembership,
            f.since,
          ],
        );
        // App-made people get a reference of their own so that an export always names them.
        const ref = `bb-${row.id}`;
        await q.query(
          "UPDATE people SET ref = $2, ref_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex') WHERE id = $1",
          [row.id, ref],
        );
        return row.id;
      });
    },
    async updatePerson(id, fields) {
      const sets: string[] = [];
      const params: unknown[] = [id];
      for (const [k, v] of Object.entries(fields)) {
        const col = FIELD_COLUMNS[k as keyof PersonFields];
        if (!col) continue;
        params.push(v);
        sets.push(`${col} = $${params.length}`);
      }
      if (sets.length === 0) return;
      await db.query(`UPDATE people SET ${sets.join(", ")}, updated_at = now() WHERE id = $1`, params);
    },
    listStages(personId) {
      return db.query<StageRow>(
        `SELECT ${STAGE_COLS} FROM stages WHERE person_id = $1 ORDER BY from_date, id`,
        [personId],
      );
    },
    async getStage(id) {
      const rows = await db.query<StageRow>(`SELECT ${STAGE_COLS} FROM stages WHERE id = $1`, [id]);
      return rows[0] ?? null;
    },
    listStageEntries(personId) {
      return db.query<StageEntry>(
        `SELECT ${ENTRY_COLS} FROM stage_entries WHERE person_id = $1 ORDER BY from_date, id`,
        [personId],
      );
    },
    async addStageEntry(personId, s) {
      // The database derives the ladder again (trigger on stage_entries); the entry is then part
      // of the kept stage that covers its first day.
      return db.tx(async (q) => {
        await q.query(
          "INSERT INTO stage_entries (person_id, room_id, stage, from_date, to_date) VALUES ($1,$2,$3,$4,$5)",
          [personId, s.roomId, s.stage, s.from, s.to],
        );
        const [row] = await q.query<{ id: number }>(
          `SELECT id FROM stages WHERE person_id = $1 AND room_id = $2 AND stage = $3 AND origin = 'entered'
              AND from_date <= $4::date AND (to_date IS NULL OR to_date >= $4::date) ORDER BY id LIMIT 1`,
          [personId, s.roomId, s.stage, s.from],
        );
        return row.id;
      });
    },
    async setStageEntryEnd(id, to) {
      await db.query("UPDATE stage_entries SET to_date = $2 WHERE id = $1", [id, to]);
    },
    async history(personId): Promise<PersonHistory> {
      const [activities, hours, helpQuestions, referrals, placements, outcomes, keys, memberships, groups] =
        await Promise.all([
          db.query<PersonHistory["activities"][number]>(
            `SELECT v.room_id AS "roomId", v.activity_type AS type, a.name, count(*)::int AS visits, max(v.date) AS last
               FROM visits v LEFT JOIN activities a ON a.id = v.activity_id
              WHERE v.person_id = $1 GROUP BY 1, 2, 3 ORDER BY last DESC`,
            [personId],
          ),
          db.query<PersonHistory["hours"][number]>(
            `SELECT extract(year FROM date)::int AS year, kind, status, sum(hours)::numeric AS hours
               FROM hours WHERE person_id = $1 GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3`,
            [personId],
          ),
          db.query<PersonHistory["helpQuestions"][number]>(
            `SELECT id, room_id AS "roomId", date, domains, (note IS NOT NULL AND note <> '') AS "hasNote"
               FROM help_questions WHERE person_id = $1 ORDER BY date DESC, id DESC`,
            [personId],
          ),
          db.query<PersonHistory["referrals"][number]>(
            `SELECT r.id, r.room_id AS "roomId", r.date, r.direction, pa.name AS partner, r.outcome, r.warm
               FROM referrals r JOIN partners pa ON pa.id = r.partner_id WHERE r.person_id = $1 ORDER BY r.date DESC`,
            [personId],
          ),
          db.query<PlacementRow>(
            `SELECT ${placementCols("pl")} FROM placements pl WHERE pl.person_id = $1 ORDER BY pl.start_date DESC`,
            [personId],
          ),
          db.query<PersonHistory["outcomes"][number]>(
            `SELECT id, room_id AS "roomId", date, kind FROM outcomes WHERE person_id = $1 ORDER BY date DESC`,
            [personId],
          ),
          db.query<PersonHistory["keys"][number]>(
            `SELECT id, key, room_id AS "roomId", issued, returned, flag FROM keys WHERE person_id = $1 ORDER BY issued DESC`,
            [personId],
          ),
          db.query<PersonHistory["memberships"][number]>(
            `SELECT id, room_id AS "roomId", year, paid, amount FROM memberships WHERE person_id = $1 ORDER BY year DESC`,
            [personId],
          ),
          db.query<PersonHistory["groups"][number]>(
            `SELECT g.id AS "groupId", g.name, g.room_id AS "roomId", m.joined, m.left_on AS "leftOn"
               FROM volunteer_group_members m JOIN volunteer_groups g ON g.id = m.group_id
              WHERE m.person_id = $1 ORDER BY m.joined DESC`,
            [personId],
          ),
        ]);
      return { activities, hours, helpQuestions, referrals, placements, outcomes, keys, memberships, groups };
    },
    async hoursBetween(personId, from, to) {
      const [row] = await db.query<{ h: number }>(
        `SELECT COALESCE(sum(hours), 0)::numeric AS h FROM hours
          WHERE person_id = $1 AND status = 'approved' AND date BETWEEN $2 AND $3`,
        [personId, from, to],
      );
      return row.h;
    },
    merge(keepId, dropId, userId) {
      return db.tx(async (q) => {
        const moved: Record<string, number> = {};
        // allowances are unique per person, room and month: a month on both records is added up.
        await q.query(
          `INSERT INTO allowances (person_id, room_id, month, amount)
           SELECT $1, room_id, month, amount FROM allowances WHERE person_id = $2
           ON CONFLICT (person_id, room_id, month) DO UPDATE SET amount = allowances.amount + EXCLUDED.amount`,
          [keepId, dropId],
        );
        const gone = await q.query("DELETE FROM allowances WHERE person_id = $1 RETURNING id", [dropId]);
        if (gone.length) moved.allowances = gone.length;
        for (const { table, column } of await personColumns(q)) {
          // The kept ladder is derived: refreshed below from the moved facts and entries.
          if (table === "allowances" || table === "stages") continue;
          const rows = await q.query(`UPDATE ${table} SET ${column} = $1 WHERE ${column} = $2 RETURNING 1`, [
            keepId,
            dropId,
          ]);
          if (rows.length) moved[table] = (moved[table] ?? 0) + rows.length;
        }
        // What only the dropped record knew (a phone number, talents) is kept.
        await q.query(
          `UPDATE people k SET first_name = COALESCE(k.first_name, d.first_name), street = COALESCE(k.street, d.street),
             phone = COALESCE(k.phone, d.phone), email = COALESCE(k.email, d.email), newcomer = k.newcomer OR d.newcomer,
             landlord = COALESCE(k.landlord, d.landlord), talents = COALESCE(k.talents, d.talents),
             referred_by = COALESCE(k.referred_by, d.referred_by), wants_membership = k.wants_membership OR d.wants_membership,
             since = LEAST(k.since, d.since), updated_at = now()
            FROM people d WHERE k.id = $1 AND d.id = $2`,
          [keepId, dropId],
        );
        await q.query("UPDATE people SET merged_into = $1, updated_at = now() WHERE id = $2", [
          keepId,
          dropId,
        ]);
        await q.query("SELECT ladder_refresh(ARRAY[$1::int8, $2::int8])", [keepId, dropId]);
        // A person cannot hold one room's keys twice over at the same time unless the records were
        // duplicates; both periods stay (they are history) and the coordinator checks them.
        const flagged = await q.query(
          `UPDATE keys k SET flag = 'merge_overlap' WHERE k.person_id = $1 AND EXISTS (
             SELECT 1 FROM keys o WHERE o.person_id = $1 AND o.id <> k.id AND o.room_id = k.room_id
               AND o.issued <= COALESCE(k.returned, '9999-12-31') AND k.issued <= COALESCE(o.returned, '9999-12-31'))
           RETURNING k.id`,
          [keepId],
        );
        await q.query(
          "INSERT INTO audit_log (user_id, action, person_id, details) VALUES ($1, 'person.merge', $2, $3)",
          [userId, keepId, JSON.stringify({ merged: dropId, moved, flaggedKeys: flagged.length })],
        );
        return { moved, flaggedKeys: flagged.length };
      });
    },
    async addPlacement(p) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO placements (person_id, room_id, type, start_date, end_date, wage_value_pct)
         VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [p.personId, p.roomId, p.type, p.start, p.end, p.wageValuePct],
      );
      return row.id;
    },
    async getPlacement(id) {
      const rows = await db.query<PlacementRow>(
        `SELECT ${placementCols("pl")} FROM placements pl WHERE pl.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    async setPlacementEnd(id, end) {
      await db.query("UPDATE placements SET end_date = $2 WHERE id = $1", [id, end]);
    },
    listPlacements(roomId) {
      return db.query(
        `SELECT ${placementCols("pl")}, p.first_name AS "firstName"
           FROM placements pl LEFT JOIN people p ON p.id = pl.person_id
          WHERE pl.room_id = $1 ORDER BY pl.end_date IS NULL DESC, pl.start_date DESC LIMIT 500`,
        [roomId],
      );
    },
    async addOutcome(o) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO outcomes (person_id, room_id, date, kind) VALUES ($1,$2,$3,$4) RETURNING id",
        [o.personId, o.roomId, o.date, o.kind],
      );
      return row.id;
    },
    listOutcomes(roomId) {
      return db.query(
        `SELECT o.id, o.person_id AS "personId", p.first_name AS "firstName", o.date, o.kind
           FROM outcomes o LEFT JOIN people p ON p.id = o.person_id WHERE o.room_id = $1 ORDER BY o.date DESC LIMIT 500`,
        [roomId],
      );
    },
  };
}

/**
 * Closes the derived stages whose time has run out (12 months without a visit, 6 without hours, a
 * year without a paid membership …): `ladder_refresh_lapsed()` of migration 202612041930. Returns
 * how many persons were refreshed.
 */
export async function refreshLapsedStages(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT ladder_refresh_lapsed() AS n");
  return row?.n ?? 0;
}
