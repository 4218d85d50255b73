import { mustEnrolFirst, type TwoFactorPolicy } from "../security/two-factor-policy";
import { CommonErrors, DomainError } from "../shared/errors";
import {
  type DeskSwitchDeps,
  deviceHashOf,
  endOfDayAmsterdam,
  maySwitchOnDesk,
  PIN_PATTERN,
  pinSecret,
  rotateDeskSession,
  switchedExpiry,
} from "./desk-switch";
import { DeskSwitchErrors } from "./desk-switch.errors";
import { type LoginDeps, login } from "./login";
import { hashPassword } from "./password";
import type { Actor } from "./roles";
import { sessionIdOf } from "./sessions";

// login() speaks of a signed-out visitor (401); on the tablet the desk stays signed in.
const LOGIN_ERRORS: Record<string, () => DomainError> = {
  "auth.bad_credentials": () => DeskSwitchErrors.BadCredentials(),
  "security.code_required": () => DeskSwitchErrors.CodeRequired(),
  "security.bad_code": () => DeskSwitchErrors.BadCode(),
  "security.code_used": () => DeskSwitchErrors.CodeUsed(),
};

/**
 * "Inloggen voor vandaag" on a desk tablet: the coordinator's password (and code, when enrolled)
 * through the same rules and throttle as the login page, then the PIN for today on this device.
 * Switches at once; returns the new personal token and the desk's new token.
 */
export async function unlockDesk(
  deps: DeskSwitchDeps & { login: LoginDeps; twoFactor?: TwoFactorPolicy },
  input: {
    desk: Actor;
    deskSessionId: string;
    deviceToken: string;
    email: string;
    password: string;
    code?: string;
    pin: string;
    /** The client's address, for the audit log. */
    address?: string;
  },
): Promise<{ sessionToken: string; deskToken: string; userId: number }> {
  if (input.desk.role !== "desk") throw DeskSwitchErrors.NotDesk();
  if (!PIN_PATTERN.test(input.pin))
    throw CommonErrors.Invalid({ field: "pin", reason: "kies 4 tot 6 cijfers" });
  const now = deps.now();
  let signedIn: { token: string; userId: number };
  try {
    signedIn = await login(deps.login, {
      email: input.email,
      password: input.password,
      code: input.code,
      address: input.address,
    });
  } catch (err) {
    const mapped = err instanceof DomainError ? LOGIN_ERRORS[err.code] : undefined;
    throw mapped ? mapped() : err;
  }
  const personalId = sessionIdOf(signedIn.token);
  const user = await deps.auth.findUserById(signedIn.userId);
  if (!user || !maySwitchOnDesk(user, input.desk.rooms)) {
    await deps.sessions.deleteSession(personalId);
    await deps.auth.audit({
      userId: signedIn.userId,
      action: "desk_unlock_refused",
      details: { deskUserId: input.desk.userId },
    });
    throw DeskSwitchErrors.NotAllowed();
  }
  // Policy "required": the day on the tablet starts with password and second factor, so an account
  // without one enrols on its own device first (it could not use the tablet's session anyway).
  if (mustEnrolFirst(deps.twoFactor, user)) {
    await deps.sessions.deleteSession(personalId);
    await deps.auth.audit({
      userId: user.id,
      action: "desk_unlock_refused",
      details: { deskUserId: input.desk.userId, reason: "two_factor_required" },
    });
    throw DeskSwitchErrors.TwoFactorFirst();
  }
  const validUntil = endOfDayAmsterdam(now);
  await deps.sessions.saveUnlock(deviceHashOf(input.deviceToken), {
    deskUserId: input.desk.userId,
    userId: user.id,
    pinHash: await hashPassword(pinSecret(input.deviceToken, input.pin)),
    validUntil,
  });
  const deskToken = await rotateDeskSession(deps.sessions, input.deskSessionId, now);
  if (!deskToken) {
    await deps.sessions.deleteSession(personalId);
    throw DeskSwitchErrors.Busy();
  }
  await deps.sessions.makeSwitched(personalId, sessionIdOf(deskToken), switchedExpiry(now, validUntil), now);
  const roomId = input.desk.rooms[0];
  await deps.auth.audit({
    userId: user.id,
    action: "desk_unlock",
    roomId,
    details: { deskUserId: input.desk.userId },
  });
  await deps.auth.audit({
    userId: user.id,
    action: "desk_switch",
    roomId,
    details: { deskUserId: input.desk.userId },
  });
  return { sessionToken: signedIn.token, deskToken, userId: user.id };
}
