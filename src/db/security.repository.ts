import { isSealed, keyIdOf, openSecret, sealSecret } from "../domain/security/secret-box";
import type { Queryable } from "./database";
import { loadSecretKey } from "./secret-key";

/** Additional data bound to a sealed secret: it opens only in its own user's row. */
const contextOf = (userId: number) => `totp:${userId}`;

/**
 * The second factor per user: users.totp_secret, sealed with the server's key (secret-box.ts), and
 * users.totp_last_step, the replay mark (migration 0085). `key` is read on first use.
 */
export function securityRepository(db: Queryable, key: () => Buffer = loadSecretKey) {
  return {
    async isEnrolled(userId: number): Promise<boolean> {
      const [row] = await db.query<{ enrolled: boolean }>(
        "SELECT totp_secret IS NOT NULL AS enrolled FROM users WHERE id = $1",
        [userId],
      );
      return row?.enrolled ?? false;
    },
    async enrolledUserIds(): Promise<number[]> {
      const rows = await db.query<{ id: number }>("SELECT id FROM users WHERE totp_secret IS NOT NULL");
      return rows.map((r) => Number(r.id));
    },
    /** The plain base32 secret, or null when not enrolled. A secret stored plain (before 0085) is sealed now. */
    async totpSecretOf(userId: number): Promise<string | null> {
      const [row] = await db.query<{ s: string | null }>("SELECT totp_secret AS s FROM users WHERE id = $1", [
        userId,
      ]);
      const stored = row?.s ?? null;
      if (stored === null) return null;
      if (isSealed(stored)) {
        try {
          return openSecret(key(), stored, contextOf(userId));
        } catch (err) {
          // For the operator: which key the server has and which one sealed it (ids, not keys).
          console.error(
            `[buurtboek] een TOTP-geheim opent niet met de sleutel van deze server (sleutel ${keyIdOf(key())}, geheim van sleutel ${stored.split(":")[1]}): zet BUURTBOEK_SECRET_KEY of het sleutelbestand van de back-up terug (docs/SECURITY.md).`,
          );
          throw err;
        }
      }
      await db.query("UPDATE users SET totp_secret = $3 WHERE id = $1 AND totp_secret = $2", [
        userId,
        stored,
        sealSecret(key(), stored, contextOf(userId)),
      ]);
      return stored;
    },
    /**
     * Stores a new secret and its first accepted step, unless that step is not after the last one
     * accepted for this user (then false: the code was used before).
     */
    async enrolTotp(userId: number, secret: string, step: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE users SET totp_secret = $2, totp_last_step = $3
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $3) RETURNING id`,
        [userId, sealSecret(key(), secret, contextOf(userId)), step],
      );
      return rows.length === 1;
    },
    /**
     * Marks `step` as used, in one statement so two requests with the same code cannot both pass;
     * false when this step or a later one was accepted before.
     */
    async acceptTotpStep(userId: number, step: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE users SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
        [userId, step],
      );
      return rows.length === 1;
    },
    /**
     * Replaces the secret of an account whose current code was just accepted (so the new code's
     * step may equal that one's): the replay mark becomes the later of the two steps.
     */
    async replaceTotp(userId: number, secret: string, step: number): Promise<void> {
      await db.query(
        "UPDATE users SET totp_secret = $2, totp_last_step = GREATEST(COALESCE(totp_last_step, $3), $3) WHERE id = $1",
        [userId, sealSecret(key(), secret, contextOf(userId)), step],
      );
    },
    /** Turns the second factor off (the cooperative, for a lost phone). The replay mark stays. */
    async clearTotpSecret(userId: number): Promise<void> {
      await db.query("UPDATE users SET totp_secret = NULL WHERE id = $1", [userId]);
    },
    /** Remembers that the factor changed, to tell the owner at their next login. */
    async noteTotpChanged(userId: number, at: Date): Promise<void> {
      await db.query("UPDATE users SET totp_changed_at = $2 WHERE id = $1", [userId, at]);
    },
    /** When the factor changed and the owner has not read the notice yet, else null. */
    async totpChangeNotice(userId: number): Promise<Date | null> {
      const [row] = await db.query<{ at: Date | string | null }>(
        "SELECT totp_changed_at AS at FROM users WHERE id = $1",
        [userId],
      );
      return row?.at ? new Date(row.at) : null;
    },
    async clearTotpChangeNotice(userId: number): Promise<void> {
      await db.query("UPDATE users SET totp_changed_at = NULL WHERE id = $1", [userId]);
    },
  };
}

export type SecurityRepository = ReturnType<typeof securityRepository>;
