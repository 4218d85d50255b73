import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AuthRepository } from "../domain/auth/ports";
import type { Actor } from "../domain/auth/roles";
import { sessionAlive, sessionIdOf } from "../domain/auth/sessions";

export const SESSION_COOKIE = "bb_session";

export function setSessionCookie(c: Context, token: string, secure: boolean) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Strict", secure, path: "/" });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** Resolves the session cookie to an actor, or null; expired sessions are deleted. */
export async function resolveActor(
  c: Context,
  auth: AuthRepository,
  now: Date,
): Promise<{ actor: Actor; sessionId: string } | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  const id = sessionIdOf(token);
  const session = await auth.findSession(id);
  if (!session) return null;
  const user = await auth.findUserById(session.userId);
  if (!user || user.disabled || !sessionAlive(user.role, session, now)) {
    await auth.deleteSession(id);
    return null;
  }
  // Writing last_seen on every request would make each read a write; once a minute is enough.
  if (now.getTime() - session.lastSeen.getTime() > 60_000) await auth.touchSession(id, now);
  return {
    actor: { userId: user.id, role: user.role, rooms: user.rooms, funderId: user.funderId },
    sessionId: id,
  };
}
