import type { AllowanceRow, Group, HoursRow, VolunteersRepository } from "../domain/volunteers/ports";
import type { Queryable } from "./database";

const HOURS_COLS = `h.id, h.room_id AS "roomId", h.date, h.person_id AS "personId", p.first_name AS "firstName",
  h.hours, h.kind, h.activity, h.status`;

export function volunteersRepository(db: Queryable): VolunteersRepository {
  const groups = async (where: string, params: unknown[]): Promise<Group[]> => {
    const rows = await db.query<Omit<Group, "members">>(
      `SELECT id, room_id AS "roomId", name, active FROM volunteer_groups WHERE ${where} ORDER BY active DESC, name`,
      params,
    );
    if (rows.length === 0) return [];
    const members = await db.query<Group["members"][number] & { groupId: number }>(
      `SELECT m.group_id AS "groupId", m.person_id AS "personId", p.first_name AS "firstName", m.joined, m.left_on AS "leftOn"
         FROM volunteer_group_members m JOIN people p ON p.id = m.person_id
        WHERE m.group_id = ANY($1::int8[]) ORDER BY m.left_on IS NULL DESC, p.first_name`,
      [rows.map((r) => r.id)],
    );
    return rows.map((g) => ({
      ...g,
      members: members.filter((m) => m.groupId === g.id).map(({ groupId: _, ...m }) => m),
    }));
  };
  return {
    listGroups: (roomId) => groups("room_id = $1", [roomId]),
    getGroup: async (id) => (await groups("id = $1", [id]))[0] ?? null,
    groupByName: async (roomId, name) =>
      (await groups("room_id = $1 AND lower(name) = lower($2)", [roomId, name]))[0] ?? null,
    async addGroup(roomId, name) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO volunteer_groups (room_id, name) VALUES ($1,$2) RETURNING id",
        [roomId, name],
      );
      return row.id;
    },
    async setGroupActive(id, active) {
      await db.query("UPDATE volunteer_groups SET active = $2 WHERE id = $1", [id, active]);
    },
    async addGroupMember(groupId, personId, joined) {
      await db.query("INSERT INTO volunteer_group_members (group_id, person_id, joined) VALUES ($1,$2,$3)", [
        groupId,
        personId,
        joined,
      ]);
    },
    async endGroupMember(groupId, personId, leftOn) {
      const rows = await db.query(
        "UPDATE volunteer_group_members SET left_on = $3 WHERE group_id = $1 AND person_id = $2 AND left_on IS NULL RETURNING 1",
        [groupId, personId, leftOn],
      );
      return rows.length > 0;
    },
    async hoursOnDay(personId, date) {
      const [row] = await db.query<{ h: number }>(
        "SELECT COALESCE(sum(hours), 0)::numeric AS h FROM hours WHERE person_id = $1 AND date = $2 AND status <> 'rejected'",
        [personId, date],
      );
      return row.h;
    },
    async addHours(h) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO hours (room_id, date, person_id, hours, kind, activity, status) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
        [h.roomId, h.date, h.personId, h.hours, h.kind, h.activity, h.status],
      );
      return row.id;
    },
    async getHours(id) {
      const rows = await db.query<HoursRow>(
        `SELECT ${HOURS_COLS} FROM hours h LEFT JOIN people p ON p.id = h.person_id WHERE h.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    async setStatus(ids, roomId, status, userId) {
      const rows = await db.query<{ id: number }>(
        "UPDATE hours SET status = $3 WHERE id = ANY($1::int8[]) AND room_id = $2 RETURNING id",
        [ids, roomId, status],
      );
      if (rows.length) {
        await db.query("INSERT INTO audit_log (user_id, action, room_id, details) VALUES ($1, $2, $3, $4)", [
          userId,
          `hours.${status}`,
          roomId,
          JSON.stringify({ ids: rows.map((r) => r.id) }),
        ]);
      }
      return rows.length;
    },
    listHours(roomId, from, to, status) {
      return db.query<HoursRow>(
        `SELECT ${HOURS_COLS} FROM hours h LEFT JOIN people p ON p.id = h.person_id
          WHERE h.room_id = $1 AND h.date BETWEEN $2 AND $3 AND ($4::text IS NULL OR h.status = $4)
          ORDER BY h.date DESC, h.id DESC LIMIT 1000`,
        [roomId, from, to, status ?? null],
      );
    },
    monthly(roomId, from, to) {
      return db.query(
        `SELECT h.person_id AS "personId", p.first_name AS "firstName", to_char(h.date, 'YYYY-MM') AS month,
                COALESCE(sum(h.hours) FILTER (WHERE h.kind = 'volunteer' AND h.status = 'approved'), 0)::numeric AS volunteer,
                COALESCE(sum(h.hours) FILTER (WHERE h.kind = 'staff_unpaid' AND h.status = 'approved'), 0)::numeric AS "staffUnpaid",
                COALESCE(sum(h.hours) FILTER (WHERE h.status = 'pending'), 0)::numeric AS pending
           FROM hours h JOIN people p ON p.id = h.person_id
          WHERE h.room_id = $1 AND h.date BETWEEN $2 AND $3
          GROUP BY 1, 2, 3 ORDER BY 2 NULLS LAST, 1, 3`,
        [roomId, from, to],
      );
    },
    statement(personId, year) {
      return db.query(
        `SELECT room_id AS "roomId", to_char(date, 'YYYY-MM') AS month, kind, sum(hours)::numeric AS hours
           FROM hours WHERE person_id = $1 AND status = 'approved' AND date BETWEEN $2 AND $3
          GROUP BY 1, 2, 3 ORDER BY 2, 1, 3`,
        [personId, `${year}-01-01`, `${year}-12-31`],
      );
    },
    async rate(year) {
      const rows = await db.query<{ volunteerHourly: number; staffHourly: number }>(
        `SELECT volunteer_hourly AS "volunteerHourly", staff_hourly AS "staffHourly" FROM rates WHERE year = $1`,
        [year],
      );
      return rows[0] ?? null;
    },
    listAllowances(roomId, year) {
      return db.query<AllowanceRow>(
        `SELECT a.id, a.person_id AS "personId", p.first_name AS "firstName", to_char(a.month, 'YYYY-MM-DD') AS month, a.amount
           FROM allowances a JOIN people p ON p.id = a.person_id
          WHERE a.room_id = $1 AND a.month BETWEEN $2 AND $3 ORDER BY p.first_name, a.month`,
        [roomId, `${year}-01-01`, `${year}-12-31`],
      );
    },
    async allowanceTotal(personId, year) {
      const [row] = await db.query<{ t: number }>(
        "SELECT COALESCE(sum(amount), 0)::numeric AS t FROM allowances WHERE person_id = $1 AND month BETWEEN $2 AND $3",
        [personId, `${year}-01-01`, `${year}-12-31`],
      );
      return row.t;
    },
    async setAllowance(a) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO allowances (person_id, room_id, month, amount) VALUES ($1,$2,$3,$4)
         ON CONFLICT (person_id, room_id, month) DO UPDATE SET amount = EXCLUDED.amount RETURNING id`,
        [a.personId, a.roomId, a.month, a.amount],
      );
      return row.id;
    },
    async allowanceLimit(year) {
      const rows = await db.query<{ m: number }>(
        "SELECT max_amount AS m FROM allowance_limits WHERE year = $1",
        [year],
      );
      return rows[0]?.m ?? null;
    },
    async setAllowanceLimit(year, max) {
      await db.query(
        `INSERT INTO allowance_limits (year, max_amount) VALUES ($1,$2)
         ON CONFLICT (year) DO UPDATE SET max_amount = EXCLUDED.max_amount`,
        [year, max],
      );
    },
    async isMeewerkend(personId, monthStart, monthEnd) {
      const rows = await db.query(
        `SELECT 1 FROM stages WHERE person_id = $1 AND stage = 'meewerkend_vrijwilliger'
           AND from_date <= $3 AND (to_date IS NULL OR to_date >= $2) LIMIT 1`,
        [personId, monthStart, monthEnd],
      );
      return rows.length > 0;
    },
  };
}
