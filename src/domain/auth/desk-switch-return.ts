import { type DeskSwitchDeps, rotateDeskSession } from "./desk-switch";
import { DeskSwitchErrors } from "./desk-switch.errors";
import { sessionIdOf } from "./sessions";

/**
 * "Terug naar balie": ends the switched session and gives the desk a new session id. Returns the
 * desk's new token, or null when the tablet's desk session is gone (then it signs in again).
 */
export async function returnToDesk(
  deps: DeskSwitchDeps,
  input: { sessionId: string; deskToken: string | undefined; reason: "button" | "idle" | "logout" },
): Promise<{ deskToken: string | null }> {
  const session = await deps.sessions.findSession(input.sessionId);
  if (session?.kind !== "switched") throw DeskSwitchErrors.NotSwitched();
  await deps.sessions.deleteSession(session.id);
  await deps.auth.audit({ userId: session.userId, action: "desk_return", details: { reason: input.reason } });
  if (!input.deskToken || sessionIdOf(input.deskToken) !== session.parentId) return { deskToken: null };
  return { deskToken: await rotateDeskSession(deps.sessions, session.parentId, deps.now()) };
}
