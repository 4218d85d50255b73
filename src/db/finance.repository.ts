import type { BudgetLine, Contribution, FinanceRepository, Funder } from "../domain/finance/ports";
import type { Queryable } from "./database";

const LINE_COLS = `id, room_id AS "roomId", year, code, amount, description, indirect,
  hours_per_week AS "hoursPerWeek", correction`;
const CONTRIBUTION_COLS = `k.id, k.room_id AS "roomId", k.year, k.funder_id AS "funderId", f.name AS "funderName",
  f.type AS "funderType", k.amount, k.status, k.requested_on AS "requestedOn", k.granted_on AS "grantedOn",
  k.received_on AS "receivedOn", k.note`;

function yearBounds(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

export function financeRepository(db: Queryable): FinanceRepository {
  return {
    async existingRooms(ids) {
      const rows = await db.query<{ id: string }>("SELECT id FROM rooms WHERE id = ANY($1::text[])", [ids]);
      return rows.map((r) => r.id);
    },
    async allRoomIds() {
      const rows = await db.query<{ id: string }>("SELECT id FROM rooms ORDER BY id");
      return rows.map((r) => r.id);
    },

    listBudgetLines(rooms, year) {
      return db.query<BudgetLine>(
        `SELECT ${LINE_COLS} FROM budget_lines WHERE room_id = ANY($1::text[]) AND year = $2
         ORDER BY room_id, substr(code, 1, 1), (substr(code, 2))::int, id`,
        [rooms, year],
      );
    },
    async getBudgetLine(id) {
      const rows = await db.query<BudgetLine>(`SELECT ${LINE_COLS} FROM budget_lines WHERE id = $1`, [id]);
      return rows[0] ?? null;
    },
    async insertBudgetLine(l) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO budget_lines (room_id, year, code, amount, description, indirect, hours_per_week, correction)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [l.roomId, l.year, l.code, l.amount, l.description, l.indirect, l.hoursPerWeek, l.correction],
      );
      return rows[0].id;
    },
    async updateBudgetLine(l) {
      await db.query(
        `UPDATE budget_lines SET year = $2, code = $3, amount = $4, description = $5, indirect = $6,
           hours_per_week = $7, correction = $8 WHERE id = $1`,
        [l.id, l.year, l.code, l.amount, l.description, l.indirect, l.hoursPerWeek, l.correction],
      );
    },
    async deleteBudgetLine(id) {
      return (await db.query("DELETE FROM budget_lines WHERE id = $1 RETURNING id", [id])).length > 0;
    },

    listFunders() {
      return db.query<Funder>("SELECT id, name, type, contact FROM funders ORDER BY type, name");
    },
    async getFunder(id) {
      const rows = await db.query<Funder>("SELECT id, name, type, contact FROM funders WHERE id = $1", [id]);
      return rows[0] ?? null;
    },
    async findFunderByName(name) {
      const rows = await db.query<Funder>(
        "SELECT id, name, type, contact FROM funders WHERE lower(name) = lower($1)",
        [name],
      );
      return rows[0] ?? null;
    },
    async insertFunder(f) {
      const rows = await db.query<{ id: number }>(
        "INSERT INTO funders (name, type, contact) VALUES ($1,$2,$3) RETURNING id",
        [f.name, f.type, f.contact],
      );
      return rows[0].id;
    },
    async updateFunder(f) {
      await db.query("UPDATE funders SET name = $2, type = $3, contact = $4 WHERE id = $1", [
        f.id,
        f.name,
        f.type,
        f.contact,
      ]);
    },

    listContributions(rooms, year) {
      return db.query<Contribution>(
        `SELECT ${CONTRIBUTION_COLS} FROM contributions k JOIN funders f ON f.id = k.funder_id
         WHERE k.room_id = ANY($1::text[]) AND k.year = $2 ORDER BY k.room_id, f.type, f.name, k.id`,
        [rooms, year],
      );
    },
    async getContribution(id) {
      const rows = await db.query<Contribution>(
        `SELECT ${CONTRIBUTION_COLS} FROM contributions k JOIN funders f ON f.id = k.funder_id WHERE k.id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },
    async insertContribution(k) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO contributions (room_id, year, funder_id, amount, status, requested_on, granted_on, received_on, note)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
        [k.roomId, k.year, k.funderId, k.amount, k.status, k.requestedOn, k.grantedOn, k.receivedOn, k.note],
      );
      return rows[0].id;
    },
    async updateContribution(k) {
      await db.query(
        `UPDATE contributions SET year = $2, funder_id = $3, amount = $4, status = $5, requested_on = $6,
           granted_on = $7, received_on = $8, note = $9 WHERE id = $1`,
        [k.id, k.year, k.funderId, k.amount, k.status, k.requestedOn, k.grantedOn, k.receivedOn, k.note],
      );
    },
    async deleteContribution(id) {
      return (await db.query("DELETE FROM contributions WHERE id = $1 RETURNING id", [id])).length > 0;
    },

    async getRates(year) {
      const rows = await db.query<{ volunteerHourly: number; staffHourly: number }>(
        `SELECT volunteer_hourly AS "volunteerHourly", staff_hourly AS "staffHourly" FROM rates WHERE year = $1`,
        [year],
      );
      return rows[0] ?? null;
    },
    async setRates(year, r) {
      await db.query(
        `INSERT INTO rates (year, volunteer_hourly, staff_hourly) VALUES ($1,$2,$3)
         ON CONFLICT (year) DO UPDATE SET volunteer_hourly = EXCLUDED.volunteer_hourly,
           staff_hourly = EXCLUDED.staff_hourly`,
        [year, r.volunteerHourly, r.staffHourly],
      );
    },

    listPlans(rooms, year) {
      return db.query(
        `SELECT room_id AS "roomId", year, volunteer_hours AS "volunteerHours",
           staff_unpaid_hours AS "staffUnpaidHours"
         FROM plans WHERE room_id = ANY($1::text[]) AND year = $2 ORDER BY room_id`,
        [rooms, year],
      );
    },
    async setPlan(p) {
      await db.query(
        `INSERT INTO plans (room_id, year, volunteer_hours, staff_unpaid_hours) VALUES ($1,$2,$3,$4)
         ON CONFLICT (room_id, year) DO UPDATE SET volunteer_hours = EXCLUDED.volunteer_hours,
           staff_unpaid_hours = EXCLUDED.staff_unpaid_hours`,
        [p.roomId, p.year, p.volunteerHours, p.staffUnpaidHours],
      );
    },

    async hourTotals(rooms, year) {
      const [from, to] = yearBounds(year);
      const rows = await db.query<{ volunteer: number; staffUnpaid: number }>(
        `SELECT COALESCE(SUM(hours) FILTER (WHERE kind = 'volunteer'), 0)::numeric AS volunteer,
                COALESCE(SUM(hours) FILTER (WHERE kind = 'staff_unpaid'), 0)::numeric AS "staffUnpaid"
         FROM hours WHERE room_id = ANY($1::text[]) AND date BETWEEN $2 AND $3 AND status = 'approved'`,
        [rooms, from, to],
      );
      return rows[0];
    },

    listActuals(roomId, year) {
      const [from, to] = yearBounds(year);
      return db.query(
        `SELECT id, room_id AS "roomId", date, code, amount, description, correction FROM finance_actuals
         WHERE room_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date, id`,
        [roomId, from, to],
      );
    },
    async insertActual(a, createdBy, sourceKey) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO finance_actuals (room_id, date, code, amount, description, correction, created_by, source_key)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
        [a.roomId, a.date, a.code, a.amount, a.description, a.correction, createdBy, sourceKey ?? null],
      );
      return rows[0]?.id ?? null;
    },
    async deleteActual(roomId, id) {
      const rows = await db.query("DELETE FROM finance_actuals WHERE room_id = $1 AND id = $2 RETURNING id", [
        roomId,
        id,
      ]);
      return rows.length > 0;
    },

    listPettyCash(roomId, year) {
      const [from, to] = yearBounds(year);
      return db.query(
        `SELECT id, room_id AS "roomId", date, amount, category, description, receipt, correction
         FROM petty_cash_entries WHERE room_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date, id`,
        [roomId, from, to],
      );
    },
    async insertPettyCash(e, createdBy) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO petty_cash_entries (room_id, date, amount, category, description, receipt, correction, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [e.roomId, e.date, e.amount, e.category, e.description, e.receipt, e.correction, createdBy],
      );
      return rows[0].id;
    },
    async deletePettyCash(roomId, id) {
      const rows = await db.query(
        "DELETE FROM petty_cash_entries WHERE room_id = $1 AND id = $2 RETURNING id",
        [roomId, id],
      );
      return rows.length > 0;
    },

    async participantsByLandlord(roomId, year) {
      const [from, to] = yearBounds(year);
      // Only landlords, never names: the screen shows counts per corporation.
      const rows = await db.query<{ landlord: string | null; tenants: number }>(
        `SELECT CASE WHEN p.erased_at IS NULL THEN NULLIF(trim(p.landlord), '') END AS landlord,
           count(*)::int AS tenants
         FROM people p
         WHERE p.id IN (
           SELECT person_id FROM visits
           WHERE room_id = $1 AND date BETWEEN $2 AND $3 AND person_id IS NOT NULL)
         GROUP BY 1`,
        [roomId, from, to],
      );
      return {
        participants: rows.reduce((s, r) => s + r.tenants, 0),
        tenantsByLandlord: rows
          .filter((r) => r.landlord !== null)
          .map((r) => ({ landlord: r.landlord as string, tenants: r.tenants })),
      };
    },
  };
}
