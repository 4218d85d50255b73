import { SecurityErrors } from "../security/security.errors";
import { totpStepOf } from "../security/totp";
import { AuthErrors } from "./auth.errors";
import type { FailureTally } from "./failure-tally";
import { dummyHash, verifyPassword } from "./password";
import type { AuthRepository } from "./ports";
import { newSessionToken, sessionExpiry } from "./sessions";
import type { Throttle } from "./throttle";

export interface LoginDeps {
  auth: AuthRepository;
  throttle: Throttle;
  /** Failures per client address, across e-mails (issue 20); a right password gives its claim back. */
  addressThrottle?: Throttle;
  /** Failed logins with unknown e-mails, counted per address and minute instead of a row each. */
  unknownEmails?: FailureTally;
  now: () => Date;
  /** The user's TOTP secret when enrolled (coordinator, cooperative); absent: no second factor. */
  totpSecretOf?: (userId: number) => Promise<string | null>;
  /** Marks a TOTP step used; false when it (or a later one) was accepted before: a replayed code. */
  acceptTotpStep?: (userId: number, step: number) => Promise<boolean>;
}

/**
 * Checks email and password and opens a session; returns the cookie token. `address` is the
 * client's address (the server's clientAddress()), written with the login's audit rows.
 */
export async function login(
  deps: LoginDeps,
  input: { email: string; password: string; code?: string; address?: string },
): Promise<{ token: string; userId: number }> {
  const email = input.email.trim().toLowerCase();
  const from = input.address ? { address: input.address } : undefined;
  const now = deps.now();
  // Claimed (counted as a failure) before the password is checked, so parallel tries cannot pass.
  const wait = deps.throttle.claim(email, now.getTime());
  if (wait > 0) throw AuthErrors.Throttled({ seconds: Math.ceil(wait / 1000) });
  const address = input.address ?? "unknown";
  const addressWait = deps.addressThrottle?.claim(address, now.getTime()) ?? 0;
  if (addressWait > 0) {
    // Not this e-mail's fault: its claim is given back.
    deps.throttle.refund(email);
    throw AuthErrors.Throttled({ seconds: Math.ceil(addressWait / 1000) });
  }
  const user = await deps.auth.findUserByEmail(email);
  const ok = user && !user.disabled ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user) await verifyPassword(await dummyHash(), input.password);
  if (!ok || !user) {
    if (!user && deps.unknownEmails) deps.unknownEmails.add(address, now.getTime());
    else await deps.auth.audit({ userId: user?.id ?? null, action: "login_failed", details: from });
    throw AuthErrors.BadCredentials();
  }
  // Second factor only after a right password, so a code prompt does not confirm an account exists.
  const secret = deps.totpSecretOf ? await deps.totpSecretOf(user.id) : null;
  if (secret) {
    if (!input.code) throw SecurityErrors.CodeRequired();
    const step = totpStepOf(secret, input.code, now);
    if (step === null) {
      await deps.auth.audit({
        userId: user.id,
        action: "login_failed",
        details: { factor: "totp", ...from },
      });
      throw SecurityErrors.BadCode();
    }
    // A code counts once: one seen over a shoulder or in a proxy log cannot open a second session.
    if (deps.acceptTotpStep && !(await deps.acceptTotpStep(user.id, step))) {
      await deps.auth.audit({
        userId: user.id,
        action: "login_failed",
        details: { factor: "totp", reason: "replay", ...from },
      });
      throw SecurityErrors.CodeUsed();
    }
  }
  deps.throttle.succeed(email);
  deps.addressThrottle?.refund(address);
  const { token, id } = newSessionToken();
  await deps.auth.createSession(id, user.id, sessionExpiry(user.role, now));
  await deps.auth.audit({ userId: user.id, action: "login", details: from });
  return { token, userId: user.id };
}
