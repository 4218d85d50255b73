import { type DeskSwitchDeps, rotateDeskSession } from "./desk-switch";
import type { UserRecord } from "./ports";
import { sessionAlive, sessionIdOf } from "./sessions";

/**
 * The tablet's personal session ended (idle, end of day, logout): the request goes on as the
 * desk, under a new desk session id. `token` is that new id's token, or null for a desk session
 * that was just replaced (a request already on its way), which must not be replaced again.
 */
export async function resumeDesk(
  deps: DeskSwitchDeps,
  deskToken: string,
): Promise<{ user: UserRecord; sessionId: string; token: string | null } | null> {
  const id = sessionIdOf(deskToken);
  const session = await deps.sessions.findSession(id);
  if (!session || session.kind === "switched") return null;
  const user = await deps.auth.findUserById(session.userId);
  const now = deps.now();
  if (!user || user.disabled || user.role !== "desk" || !sessionAlive("desk", session, now)) {
    await deps.sessions.deleteSession(id);
    return null;
  }
  if (session.kind === "rotated") return { user, sessionId: id, token: null };
  const token = await rotateDeskSession(deps.sessions, id, now);
  if (token) return { user, sessionId: sessionIdOf(token), token };
  // Another request of the same tablet replaced it a moment ago: that one sets the cookies.
  const again = await deps.sessions.findSession(id);
  return again?.kind === "rotated" && sessionAlive("desk", again, now)
    ? { user, sessionId: id, token: null }
    : null;
}
