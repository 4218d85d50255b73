import type { AuthRepository, SessionRecord, UserRecord } from "../domain/auth/ports";
import type { Role } from "../domain/auth/roles";
import type { Queryable } from "./database";

interface UserRow {
  id: number;
  email: string;
  name: string | null;
  password_hash: string;
  role: Role;
  funder_id: number | null;
  locale: string;
  disabled: boolean;
  rooms: string[] | null;
  two_factor: boolean;
}

const USER_SELECT = `SELECT u.id, u.email, u.name, u.password_hash, u.role, u.funder_id, u.locale, u.disabled,
  u.totp_secret IS NOT NULL AS two_factor,
  (SELECT array_agg(room_id ORDER BY room_id) FROM user_rooms WHERE user_id = u.id) AS rooms FROM users u`;

function toUser(r: UserRow): UserRecord {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    passwordHash: r.password_hash,
    role: r.role,
    funderId: r.funder_id,
    locale: r.locale,
    disabled: r.disabled,
    rooms: r.rooms ?? [],
    twoFactor: r.two_factor === true,
  };
}

export function authRepository(
  db: Queryable & { tx?: <T>(fn: (q: Queryable) => Promise<T>) => Promise<T> },
): AuthRepository {
  return {
    async findUserByEmail(email) {
      const rows = await db.query<UserRow>(`${USER_SELECT} WHERE u.email = $1`, [email]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async findUserById(id) {
      const rows = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async listUsers() {
      const rows = await db.query<UserRow>(`${USER_SELECT} ORDER BY u.role, u.email`);
      return rows.map(toUser);
    },
    async createUser(input) {
      const insert = async (q: Queryable) => {
        const [row] = await q.query<{ id: number }>(
          "INSERT INTO users (email, name, password_hash, role, funder_id, locale) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id",
          [input.email, input.name, input.passwordHash, input.role, input.funderId, input.locale ?? "nl"],
        );
        for (const room of input.rooms) {
          await q.query("INSERT INTO user_rooms (user_id, room_id) VALUES ($1,$2)", [row.id, room]);
        }
        return row.id;
      };
      return db.tx ? db.tx(insert) : insert(db);
    },
    async roomsExist(roomIds) {
      if (roomIds.length === 0) return [];
      const rows = await db.query<{ id: string }>("SELECT id FROM rooms WHERE id = ANY($1::text[])", [
        roomIds,
      ]);
      return rows.map((r) => r.id);
    },
    async createSession(id, userId, expiresAt) {
      await db.query("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1,$2,$3)", [
        id,
        userId,
        expiresAt,
      ]);
    },
    async findSession(id) {
      const rows = await db.query<{ user_id: number; created_at: Date; last_seen: Date; expires_at: Date }>(
        "SELECT user_id, created_at, last_seen, expires_at FROM sessions WHERE id = $1",
        [id],
      );
      const r = rows[0];
      return r
        ? ({
            userId: r.user_id,
            createdAt: new Date(r.created_at),
            lastSeen: new Date(r.last_seen),
            expiresAt: new Date(r.expires_at),
          } satisfies SessionRecord)
        : null;
    },
    async touchSession(id, lastSeen) {
      await db.query("UPDATE sessions SET last_seen = $2 WHERE id = $1", [id, lastSeen]);
    },
    async deleteSession(id) {
      await db.query("DELETE FROM sessions WHERE id = $1", [id]);
    },
    async audit(entry) {
      await db.query(
        "INSERT INTO audit_log (user_id, action, room_id, person_id, details) VALUES ($1,$2,$3,$4,$5)",
        [
          entry.userId,
          entry.action,
          entry.roomId ?? null,
          entry.personId ?? null,
          entry.details === undefined ? null : JSON.stringify(entry.details),
        ],
      );
    },
  };
}
