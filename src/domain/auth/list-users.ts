import type { AuthRepository, UserRecord } from "./ports";

export type UserSummary = Omit<UserRecord, "passwordHash">;

/** Every account without its password hash (cooperative role). */
export async function listUsers(deps: { auth: AuthRepository }): Promise<UserSummary[]> {
  const users = await deps.auth.listUsers();
  return users.map(({ passwordHash: _, ...u }) => u);
}
