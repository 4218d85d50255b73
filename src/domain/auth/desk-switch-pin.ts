import {
  type DeskSwitchDeps,
  deviceHashOf,
  maySwitchOnDesk,
  PIN_MAX_FAILURES,
  pinSecret,
  rotateDeskSession,
  switchedExpiry,
} from "./desk-switch";
import { DeskSwitchErrors } from "./desk-switch.errors";
import { verifyPassword } from "./password";
import type { Actor } from "./roles";
import { newSessionToken, sessionIdOf } from "./sessions";

/**
 * "Wissel": on the desk tablet, a person unlocked today on this device types their PIN and gets a
 * new personal session. Wrong PINs wait longer each time; the fifth ends that person's unlock on
 * this device (password needed again) while the desk itself keeps working.
 */
export async function switchWithPin(
  deps: DeskSwitchDeps,
  input: { desk: Actor; deskSessionId: string; deviceToken: string | undefined; userId: number; pin: string },
): Promise<{ sessionToken: string; deskToken: string }> {
  if (input.desk.role !== "desk") throw DeskSwitchErrors.NotDesk();
  if (!input.deviceToken) throw DeskSwitchErrors.NotUnlocked();
  const now = deps.now();
  const device = deviceHashOf(input.deviceToken);
  const unlock = await deps.sessions.findUnlock(device, input.userId);
  if (!unlock || unlock.deskUserId !== input.desk.userId) throw DeskSwitchErrors.NotUnlocked();
  if (unlock.validUntil <= now) {
    await deps.sessions.deleteUnlock(device, input.userId);
    throw DeskSwitchErrors.NotUnlocked();
  }
  if (unlock.lockedUntil && unlock.lockedUntil > now)
    throw DeskSwitchErrors.PinWait({
      seconds: Math.ceil((unlock.lockedUntil.getTime() - now.getTime()) / 1000),
    });
  const failures = await deps.sessions.reservePinTry(device, input.userId, now);
  if (failures === null) throw DeskSwitchErrors.PinWait({ seconds: 1 });
  const roomId = input.desk.rooms[0];
  if (!(await verifyPassword(unlock.pinHash, pinSecret(input.deviceToken, input.pin)))) {
    if (failures >= PIN_MAX_FAILURES) {
      await deps.sessions.deleteUnlock(device, input.userId);
      await deps.auth.audit({ userId: input.userId, action: "desk_pin_locked", roomId });
      throw DeskSwitchErrors.PinLocked();
    }
    await deps.auth.audit({
      userId: input.userId,
      action: "desk_switch_failed",
      roomId,
      details: { failures },
    });
    throw DeskSwitchErrors.BadPin({ left: PIN_MAX_FAILURES - failures });
  }
  await deps.sessions.clearPinFailures(device, input.userId);
  // The account may have changed since this morning (role, rooms, disabled).
  const user = await deps.auth.findUserById(input.userId);
  if (!user || !maySwitchOnDesk(user, input.desk.rooms)) {
    await deps.sessions.deleteUnlock(device, input.userId);
    throw DeskSwitchErrors.NotAllowed();
  }
  const deskToken = await rotateDeskSession(deps.sessions, input.deskSessionId, now);
  if (!deskToken) throw DeskSwitchErrors.Busy();
  const personal = newSessionToken();
  await deps.sessions.createSwitchedSession(
    personal.id,
    user.id,
    sessionIdOf(deskToken),
    switchedExpiry(now, unlock.validUntil),
    now,
  );
  await deps.auth.audit({
    userId: user.id,
    action: "desk_switch",
    roomId,
    details: { deskUserId: input.desk.userId },
  });
  return { sessionToken: personal.token, deskToken };
}
