import { type DeskSwitchDeps, deviceHashOf } from "./desk-switch";
import { DeskSwitchErrors } from "./desk-switch.errors";
import type { Actor } from "./roles";

/** The people unlocked today on this tablet for this desk account, to choose from before the PIN. */
export async function listUnlockedPeople(
  deps: DeskSwitchDeps,
  input: { desk: Actor; deviceToken: string | undefined },
): Promise<{ userId: number; name: string }[]> {
  if (input.desk.role !== "desk") throw DeskSwitchErrors.NotDesk();
  if (!input.deviceToken) return [];
  const rows = await deps.sessions.listUnlocked(
    deviceHashOf(input.deviceToken),
    input.desk.userId,
    deps.now(),
  );
  // A name, or the part of the email before the @: enough to recognise oneself at the desk.
  return rows.map((r) => ({ userId: r.userId, name: r.name ?? r.email.split("@")[0] }));
}
