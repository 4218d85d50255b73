import { type DeskSwitchDeps, SWITCH_IDLE_MS } from "./desk-switch";

/** Whether this session is a switch on a desk tablet, and who works in it (for the bar on screen). */
export async function switchStatus(
  deps: DeskSwitchDeps,
  input: { sessionId: string | undefined },
): Promise<{ switched: boolean; name: string | null; idleMs: number }> {
  const session = input.sessionId ? await deps.sessions.findSession(input.sessionId) : null;
  if (session?.kind !== "switched") return { switched: false, name: null, idleMs: SWITCH_IDLE_MS };
  const user = await deps.auth.findUserById(session.userId);
  return { switched: true, name: user?.name ?? user?.email ?? null, idleMs: SWITCH_IDLE_MS };
}
