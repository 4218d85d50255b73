import {
  type DeskSessionRecord,
  type DeskSwitchRepository,
  PIN_DELAYS_MS,
  PIN_MAX_FAILURES,
  type SessionKind,
  type UnlockRecord,
} from "../domain/auth/desk-switch";
import type { Queryable } from "./database";

interface SessionRow {
  id: string;
  user_id: number;
  kind: SessionKind;
  parent_id: string | null;
  last_seen: Date;
  expires_at: Date;
}

interface UnlockRow {
  desk_user_id: number;
  user_id: number;
  pin_hash: string;
  valid_until: Date;
  failed_pins: number;
  locked_until: Date | null;
}

function toUnlock(r: UnlockRow): UnlockRecord {
  return {
    deskUserId: r.desk_user_id,
    userId: r.user_id,
    pinHash: r.pin_hash,
    validUntil: new Date(r.valid_until),
    failedPins: r.failed_pins,
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
  };
}

/** Sessions of desk tablets and today's unlocks (migration 0081). Every time comes from the caller. */
export function deskSwitchRepository(db: Queryable): DeskSwitchRepository {
  return {
    async findSession(id) {
      const rows = await db.query<SessionRow>(
        "SELECT id, user_id, kind, parent_id, last_seen, expires_at FROM sessions WHERE id = $1",
        [id],
      );
      const r = rows[0];
      return r
        ? ({
            id: r.id,
            userId: r.user_id,
            kind: r.kind,
            parentId: r.parent_id,
            lastSeen: new Date(r.last_seen),
            expiresAt: new Date(r.expires_at),
          } satisfies DeskSessionRecord)
        : null;
    },
    async makeSwitched(id, parentId, expiresAt, now) {
      await db.query(
        "UPDATE sessions SET kind = 'switched', parent_id = $2, expires_at = $3, created_at = $4, last_seen = $4 WHERE id = $1",
        [id, parentId, expiresAt, now],
      );
    },
    async createSwitchedSession(id, userId, parentId, expiresAt, now) {
      await db.query(
        `INSERT INTO sessions (id, user_id, kind, parent_id, created_at, last_seen, expires_at)
         VALUES ($1, $2, 'switched', $3, $4, $4, $5)`,
        [id, userId, parentId, now, expiresAt],
      );
    },
    async rotateSession(oldId, newId, now, graceUntil) {
      // One statement. Only a 'login' desk session turns 'rotated', so of two requests rotating
      // at once (a tablet's parallel requests after a switch ended) one wins; the other sees the
      // row already rotated and makes no second new session.
      const rows = await db.query<{ id: string }>(
        `WITH old AS (
           UPDATE sessions s SET kind = 'rotated', expires_at = LEAST(s.expires_at, $4)
             FROM (SELECT expires_at FROM sessions WHERE id = $1) o
            WHERE s.id = $1 AND s.kind = 'login'
           RETURNING s.user_id, s.created_at, o.expires_at AS original_expiry
         )
         INSERT INTO sessions (id, user_id, kind, created_at, last_seen, expires_at)
         SELECT $2, user_id, 'login', created_at, $3, original_expiry FROM old RETURNING id`,
        [oldId, newId, now, graceUntil],
      );
      if (rows.length === 0) return false;
      // The switched sessions that hung under the old desk id end with it.
      await db.query("DELETE FROM sessions WHERE parent_id = $1", [oldId]);
      // Replaced ids past their few seconds are of no use to anyone.
      await db.query(
        `DELETE FROM sessions WHERE kind = 'rotated' AND expires_at <= $2
            AND user_id = (SELECT user_id FROM sessions WHERE id = $1)`,
        [newId, now],
      );
      return true;
    },
    async deleteSession(id) {
      await db.query("DELETE FROM sessions WHERE id = $1", [id]);
    },
    async saveUnlock(deviceHash, u) {
      await db.query(
        `INSERT INTO desk_unlocks (device_hash, user_id, desk_user_id, pin_hash, valid_until)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (device_hash, user_id) DO UPDATE
           SET desk_user_id = EXCLUDED.desk_user_id, pin_hash = EXCLUDED.pin_hash,
               valid_until = EXCLUDED.valid_until, failed_pins = 0, locked_until = NULL`,
        [deviceHash, u.userId, u.deskUserId, u.pinHash, u.validUntil],
      );
    },
    async findUnlock(deviceHash, userId) {
      const rows = await db.query<UnlockRow>(
        `SELECT desk_user_id, user_id, pin_hash, valid_until, failed_pins, locked_until
           FROM desk_unlocks WHERE device_hash = $1 AND user_id = $2`,
        [deviceHash, userId],
      );
      return rows[0] ? toUnlock(rows[0]) : null;
    },
    async listUnlocked(deviceHash, deskUserId, now) {
      await db.query("DELETE FROM desk_unlocks WHERE device_hash = $1 AND valid_until <= $2", [
        deviceHash,
        now,
      ]);
      return db.query<{ userId: number; name: string | null; email: string }>(
        `SELECT u.id AS "userId", u.name, u.email
           FROM desk_unlocks d JOIN users u ON u.id = d.user_id
          WHERE d.device_hash = $1 AND d.desk_user_id = $2 AND d.valid_until > $3 AND NOT u.disabled
          ORDER BY coalesce(u.name, u.email), u.id`,
        [deviceHash, deskUserId, now],
      );
    },
    async reservePinTry(deviceHash, userId, now) {
      // The wait after n failures is PIN_DELAYS_MS[n-1]; failed_pins on the right is the old value.
      const rows = await db.query<{ failed_pins: number }>(
        `UPDATE desk_unlocks
            SET failed_pins = failed_pins + 1,
                locked_until = $3::timestamptz
                  + coalesce(($4::int[])[failed_pins + 1], 0) * interval '1 millisecond'
          WHERE device_hash = $1 AND user_id = $2 AND valid_until > $3 AND failed_pins < $5
            AND (locked_until IS NULL OR locked_until <= $3)
          RETURNING failed_pins`,
        [deviceHash, userId, now, PIN_DELAYS_MS, PIN_MAX_FAILURES],
      );
      return rows[0]?.failed_pins ?? null;
    },
    async clearPinFailures(deviceHash, userId) {
      await db.query(
        "UPDATE desk_unlocks SET failed_pins = 0, locked_until = NULL WHERE device_hash = $1 AND user_id = $2",
        [deviceHash, userId],
      );
    },
    async deleteUnlock(deviceHash, userId) {
      await db.query("DELETE FROM desk_unlocks WHERE device_hash = $1 AND user_id = $2", [
        deviceHash,
        userId,
      ]);
    },
  };
}
