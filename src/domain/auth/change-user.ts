import { AuthErrors } from "./auth.errors";
import type { UserSummary } from "./list-users";
import type { AuthRepository } from "./ports";
import type { Actor, Role } from "./roles";
import { UserErrors } from "./users.errors";

/** Port for changing accounts; implemented in src/db/users.repository.ts. */
export interface UserAdminStore {
  updateUser(id: number, patch: { role: Role; rooms: string[]; disabled: boolean }): Promise<void>;
  /** Ends every session of the user (also a desk tablet's switched one); returns how many. */
  endSessionsOf(userId: number): Promise<number>;
}

export interface ChangeUserInput {
  role?: Role;
  rooms?: string[];
  disabled?: boolean;
  /**
   * Turns the second factor off (a lost phone); the user enrols again and is told at the next
   * login. The caller first confirms the cooperative's own password and code (confirmIdentity).
   */
  resetTwoFactor?: boolean;
}

const sameRooms = (a: string[], b: string[]) => [...a].sort().join("\n") === [...b].sort().join("\n");

/**
 * The cooperative changes an account's role, rooms or whether it is disabled. Every change is in
 * the audit log with old → new, and every session of that user ends: the new rights count from the
 * next login, and a disabled account is out at once.
 */
export async function changeUser(
  deps: {
    auth: Pick<AuthRepository, "findUserById" | "roomsExist" | "audit">;
    users: UserAdminStore;
    twoFactor: {
      clearTotpSecret(userId: number): Promise<void>;
      noteTotpChanged(userId: number, at: Date): Promise<void>;
    };
    now: () => Date;
  },
  actor: Actor,
  userId: number,
  input: ChangeUserInput,
): Promise<UserSummary> {
  const user = await deps.auth.findUserById(userId);
  if (!user) throw UserErrors.NotFound();
  if (user.id === actor.userId) throw UserErrors.NotOwnAccount();
  const role = input.role ?? user.role;
  if (role === "funder" && user.funderId === null) throw UserErrors.FunderNeedsFunder();
  const rooms = input.rooms ? [...new Set(input.rooms)].sort() : user.rooms;
  const known = await deps.auth.roomsExist(rooms);
  const unknown = rooms.find((r) => !known.includes(r));
  if (unknown) throw AuthErrors.UnknownRoom({ room: unknown });
  const disabled = input.disabled ?? user.disabled;

  const accessChanged = role !== user.role || !sameRooms(rooms, user.rooms);
  const by = actor.userId;
  let endSessions = false;
  if (accessChanged || disabled !== user.disabled) {
    await deps.users.updateUser(user.id, { role, rooms, disabled });
  }
  if (accessChanged) {
    await deps.auth.audit({
      userId: by,
      action: "role_changed",
      details: { userId: user.id, from: { role: user.role, rooms: user.rooms }, to: { role, rooms } },
    });
    endSessions = true;
  }
  if (disabled !== user.disabled) {
    await deps.auth.audit({
      userId: by,
      action: disabled ? "user_disabled" : "user_enabled",
      details: { userId: user.id },
    });
    endSessions ||= disabled;
  }
  if (input.resetTwoFactor) {
    await deps.twoFactor.clearTotpSecret(user.id);
    await deps.twoFactor.noteTotpChanged(user.id, deps.now());
    await deps.auth.audit({ userId: by, action: "totp_reset", details: { userId: user.id } });
    endSessions = true;
  }
  if (endSessions) {
    const ended = await deps.users.endSessionsOf(user.id);
    await deps.auth.audit({
      userId: by,
      action: "sessions_ended",
      details: { userId: user.id, sessions: ended },
    });
  }
  const { passwordHash: _, ...rest } = user;
  return { ...rest, role, rooms, disabled };
}
