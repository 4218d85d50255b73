import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { authRepository } from "../db/auth.repository";
import { deskSwitchRepository } from "../db/desk-switch.repository";
import { type DeskSwitchRepository, switchEndReason, switchedSessionAlive } from "../domain/auth/desk-switch";
import { resumeDesk } from "../domain/auth/desk-switch-resume";
import { returnToDesk } from "../domain/auth/desk-switch-return";
import type { AuthRepository } from "../domain/auth/ports";
import type { Actor } from "../domain/auth/roles";
import { sessionAlive, sessionIdOf } from "../domain/auth/sessions";
import { isHttps } from "./client-address";
import type { AppDeps } from "./deps";

export const SESSION_COOKIE = "bb_session";
/** On a desk tablet while someone has switched: the desk's own session token (issue 8). */
export const DESK_COOKIE = "bb_desk";
/** A desk tablet's device id; the server keeps only its hash. */
export const DEVICE_COOKIE = "bb_device";

const COOKIE = { httpOnly: true, sameSite: "Strict", path: "/" } as const;

/** Cookies are `Secure` whenever the request came over TLS (directly or via a trusted proxy). */
export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, { ...COOKIE, secure: isHttps(c) });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

export function setDeskCookie(c: Context, token: string) {
  setCookie(c, DESK_COOKIE, token, { ...COOKIE, secure: isHttps(c) });
}

export function clearDeskCookie(c: Context) {
  deleteCookie(c, DESK_COOKIE, { path: "/", secure: isHttps(c) });
}

/** The tablet's device token, made (and set for a year) when it has none yet. */
export function deviceToken(c: Context): string {
  const existing = getCookie(c, DEVICE_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString("base64url");
  setCookie(c, DEVICE_COOKIE, token, { ...COOKIE, secure: isHttps(c), maxAge: 365 * 24 * 3600 });
  return token;
}

/** The device token the request carries, if any; never makes one. */
export function existingDeviceToken(c: Context): string | undefined {
  return getCookie(c, DEVICE_COOKIE) || undefined;
}

/** What resolveActor needs for desk tablets; without it, switched sessions are not recognised. */
export interface DeskSessions {
  sessions: DeskSwitchRepository;
}

/** `twoFactor`: the user has a second factor enrolled (read with the user, no extra query). */
type Resolved = { actor: Actor; sessionId: string; twoFactor: boolean };

/**
 * Resolves the session cookie to an actor, or null; expired sessions are deleted. On a desk
 * tablet, a switched session that ended (5 minutes idle, end of day) falls back to the desk
 * session in `bb_desk`, under a new id.
 */
export async function resolveActor(
  c: Context,
  auth: AuthRepository,
  now: Date,
  desk?: DeskSessions,
): Promise<Resolved | null> {
  const resolved = await resolveCookies(c, auth, now, desk);
  if (resolved) {
    c.set(SESSION_ID, resolved.sessionId);
    c.set(TWO_FACTOR, resolved.twoFactor);
  }
  return resolved;
}

const SESSION_ID = "buurtboek.sessionId";
const TWO_FACTOR = "buurtboek.twoFactor";

/** Whether the signed-in user of this request has a second factor enrolled (false without a session). */
export function hasSecondFactor(c: Context): boolean {
  return c.get(TWO_FACTOR) === true;
}

/** The id of the session this request runs in (after a fall-back to the desk: the desk's new id). */
export function currentSessionId(c: Context): string | undefined {
  return c.get(SESSION_ID) as string | undefined;
}

async function resolveCookies(
  c: Context,
  auth: AuthRepository,
  now: Date,
  desk: DeskSessions | undefined,
): Promise<Resolved | null> {
  const token = getCookie(c, SESSION_COOKIE);
  const resolved = token ? await resolveToken(c, auth, desk, sessionIdOf(token), now) : null;
  if (resolved || !desk) return resolved;
  const deskToken = getCookie(c, DESK_COOKIE);
  if (!deskToken) return null;
  const resumed = await resumeDesk({ auth, sessions: desk.sessions, now: () => now }, deskToken);
  if (!resumed) {
    clearDeskCookie(c);
    return null;
  }
  // A desk session replaced a moment ago (a request already on its way) keeps the cookies as they are.
  if (resumed.token) {
    setSessionCookie(c, resumed.token);
    clearDeskCookie(c);
  }
  const u = resumed.user;
  return {
    actor: { userId: u.id, role: u.role, rooms: u.rooms, funderId: u.funderId },
    sessionId: resumed.sessionId,
    twoFactor: u.twoFactor === true,
  };
}

async function resolveToken(
  c: Context,
  auth: AuthRepository,
  desk: DeskSessions | undefined,
  id: string,
  now: Date,
): Promise<Resolved | null> {
  const session = desk ? await desk.sessions.findSession(id) : await auth.findSession(id);
  if (!session) return null;
  const switched = "kind" in session && session.kind === "switched" ? session : null;
  // A switched session lives only beside its own desk session, on the same tablet.
  if (switched && sessionIdOf(getCookie(c, DESK_COOKIE) ?? "") !== switched.parentId) return null;
  const user = await auth.findUserById(session.userId);
  const alive = switched
    ? switchedSessionAlive(switched, now)
    : user && sessionAlive(user.role, session, now);
  if (!user || user.disabled || !alive) {
    await auth.deleteSession(id);
    if (switched)
      await auth.audit({
        userId: session.userId,
        action: "desk_return",
        details: { reason: switchEndReason(switched, now) },
      });
    return null;
  }
  // Writing last_seen on every request would make each read a write; once a minute is enough,
  // and every 10 seconds for a switched session, whose idle limit is 5 minutes.
  const touchAfter = switched ? 10_000 : 60_000;
  if (now.getTime() - session.lastSeen.getTime() > touchAfter) await auth.touchSession(id, now);
  return {
    actor: { userId: user.id, role: user.role, rooms: user.rooms, funderId: user.funderId },
    sessionId: id,
    twoFactor: user.twoFactor === true,
  };
}

/**
 * "Uitloggen" in a switched session on a desk tablet ends the switch and goes back to the desk,
 * which stays signed in (its password is not for everyone at the desk). False when the session
 * is not a switch: then logout is the ordinary one.
 */
export async function logoutToDesk(c: Context, deps: AppDeps): Promise<boolean> {
  const id = currentSessionId(c);
  if (!id) return false;
  const sessions = deskSwitchRepository(deps.db);
  if ((await sessions.findSession(id))?.kind !== "switched") return false;
  const { deskToken } = await returnToDesk(
    { auth: authRepository(deps.db), sessions, now: deps.now },
    { sessionId: id, deskToken: getCookie(c, DESK_COOKIE), reason: "logout" },
  );
  if (deskToken) setSessionCookie(c, deskToken);
  else clearSessionCookie(c);
  clearDeskCookie(c);
  return deskToken !== null;
}
