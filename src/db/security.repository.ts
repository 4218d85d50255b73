import type { Queryable } from "./database";

/** The second factor's secret per user (users.totp_secret, in the core schema since 0001). */
export function securityRepository(db: Queryable) {
  return {
    async totpSecretOf(userId: number): Promise<string | null> {
      const [row] = await db.query<{ s: string | null }>("SELECT totp_secret AS s FROM users WHERE id = $1", [
        userId,
      ]);
      return row?.s ?? null;
    },
    async setTotpSecret(userId: number, secret: string | null): Promise<void> {
      await db.query("UPDATE users SET totp_secret = $2 WHERE id = $1", [userId, secret]);
    },
  };
}
