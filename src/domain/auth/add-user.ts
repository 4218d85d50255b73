import { AuthErrors } from "./auth.errors";
import { hashPassword } from "./password";
import type { AuthRepository } from "./ports";
import type { Role } from "./roles";

/**
 * Creates an account (CLI `user add`, the cooperative's user screen). `byUserId`: who did it, for
 * the audit log (null on the command line).
 */
export async function addUser(
  deps: { auth: AuthRepository },
  input: {
    email: string;
    password: string;
    role: Role;
    rooms: string[];
    name?: string;
    funderId?: number | null;
  },
  byUserId: number | null = null,
): Promise<number> {
  const email = input.email.trim().toLowerCase();
  if (input.password.length < 10) throw AuthErrors.WeakPassword();
  if (await deps.auth.findUserByEmail(email)) throw AuthErrors.EmailTaken({ email });
  const known = await deps.auth.roomsExist(input.rooms);
  const unknown = input.rooms.find((r) => !known.includes(r));
  if (unknown) throw AuthErrors.UnknownRoom({ room: unknown });
  const id = await deps.auth.createUser({
    email,
    name: input.name ?? null,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    funderId: input.funderId ?? null,
    rooms: input.rooms,
  });
  await deps.auth.audit({
    userId: byUserId,
    action: "user_created",
    details: { userId: id, role: input.role, rooms: input.rooms },
  });
  return id;
}
