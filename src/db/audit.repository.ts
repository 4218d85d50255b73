import type { AuditEntry, AuditRepository } from "../domain/security/ports";
import type { Queryable } from "./database";

export function auditRepository(db: Queryable): AuditRepository {
  return {
    list(f) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, v: unknown) => {
        params.push(v);
        where.push(sql.replace("?", `$${params.length}`));
      };
      // Dates are Amsterdam calendar days, as everywhere in Buurtboek.
      if (f.from) add("a.at >= (?::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'", f.from);
      if (f.to) add("a.at < ((?::date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'", f.to);
      if (f.action) add("a.action = ?", f.action);
      if (f.userId !== null) add("a.user_id = ?", f.userId);
      if (f.roomId) add("a.room_id = ?", f.roomId);
      if (f.beforeId !== null) add("a.id < ?", f.beforeId);
      params.push(f.limit);
      return db.query<AuditEntry>(
        `SELECT a.id, to_char(a.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS') AS at,
                a.user_id AS "userId", u.email AS "user", a.action, a.room_id AS "roomId",
                a.person_id AS "personId", a.details
           FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
          ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
          ORDER BY a.id DESC LIMIT $${params.length}`,
        params,
      );
    },
    async actions() {
      const rows = await db.query<{ action: string }>(
        "SELECT DISTINCT action FROM audit_log ORDER BY action",
      );
      return rows.map((r) => r.action);
    },
    async append(e) {
      await db.query(
        "INSERT INTO audit_log (user_id, action, room_id, person_id, details) VALUES ($1, $2, $3, $4, $5)",
        [
          e.userId,
          e.action,
          e.roomId ?? null,
          e.personId ?? null,
          e.details === undefined ? null : JSON.stringify(e.details),
        ],
      );
    },
  };
}
