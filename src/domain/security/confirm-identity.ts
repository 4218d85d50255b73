import { AuthErrors } from "../auth/auth.errors";
import { verifyPassword } from "../auth/password";
import type { AuthRepository } from "../auth/ports";
import type { Throttle } from "../auth/throttle";
import type { TwoFactorStore } from "./enrol-two-factor";
import { SecurityErrors } from "./security.errors";
import { totpStepOf } from "./totp";

export interface ConfirmIdentityDeps {
  auth: Pick<AuthRepository, "findUserById" | "audit">;
  store: Pick<TwoFactorStore, "totpSecretOf" | "acceptTotpStep">;
  /** The login throttle: a wrong password here counts as a failed login of that e-mail. */
  throttle: Throttle;
  now: () => Date;
}

/**
 * Asks a signed-in user again for their password and, when they have a second factor, a current
 * code (used up, like at login), before a change of a second factor. A session alone is not
 * enough: on a shared desk tablet someone else may be sitting at it. Returns whether the user has
 * a second factor. Tries are throttled with the login's count for that e-mail.
 */
export async function confirmIdentity(
  deps: ConfirmIdentityDeps,
  userId: number,
  input: { password?: string; code?: string },
  action: string,
): Promise<{ enrolled: boolean }> {
  const user = await deps.auth.findUserById(userId);
  if (!user || !input.password) throw SecurityErrors.ConfirmIdentity();
  const now = deps.now();
  const wait = deps.throttle.claim(user.email, now.getTime());
  if (wait > 0) throw AuthErrors.Throttled({ seconds: Math.ceil(wait / 1000) });
  const fail = async (reason: string) => {
    await deps.auth.audit({ userId, action: "confirm_failed", details: { for: action, reason } });
    return SecurityErrors.ConfirmIdentity();
  };
  if (!(await verifyPassword(user.passwordHash, input.password))) throw await fail("password");
  const secret = await deps.store.totpSecretOf(userId);
  if (secret) {
    const step = input.code ? totpStepOf(secret, input.code, now) : null;
    if (step === null) throw await fail("code");
    if (!(await deps.store.acceptTotpStep(userId, step))) throw await fail("replay");
  }
  deps.throttle.succeed(user.email);
  return { enrolled: secret !== null };
}
