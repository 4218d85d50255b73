import { createHash, randomBytes } from "node:crypto";
import type { Role } from "./roles";

/** Personal sessions: 15 minutes idle, 12 hours at most (issue 8). */
export const PERSONAL_IDLE_MS = 15 * 60_000;
export const PERSONAL_ABSOLUTE_MS = 12 * 3600_000;
/** A room's desk tablet stays signed in; its account can only register (issue 10). */
export const DESK_ABSOLUTE_MS = 30 * 24 * 3600_000;

export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdOf(token) };
}

/** The database keeps a hash of the token: a stolen database copy holds no usable session. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sessionExpiry(role: Role, now: Date): Date {
  return new Date(now.getTime() + (role === "desk" ? DESK_ABSOLUTE_MS : PERSONAL_ABSOLUTE_MS));
}

/** Whether a session is still good at `now`. */
export function sessionAlive(role: Role, s: { lastSeen: Date; expiresAt: Date }, now: Date): boolean {
  if (now >= s.expiresAt) return false;
  if (role !== "desk" && now.getTime() - s.lastSeen.getTime() > PERSONAL_IDLE_MS) return false;
  return true;
}
