import type { Actor, Role } from "../auth/roles";
import type { AuditRepository } from "./ports";
import { SecurityErrors } from "./security.errors";
import { verifyTotp } from "./totp";

/** Roles whose accounts reach many people's data: they get (and are asked to enrol) a second factor. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["coordinator", "cooperative"];

export interface TwoFactorStore {
  totpSecretOf(userId: number): Promise<string | null>;
  setTotpSecret(userId: number, secret: string | null): Promise<void>;
}

/**
 * Turns on the second factor once the user proves their app has the secret (a right code), so a
 * mistyped secret can never lock anyone out.
 */
export async function enrolTwoFactor(
  deps: { store: TwoFactorStore; audit: AuditRepository; now: () => Date },
  actor: Actor,
  input: { secret: string; code: string },
): Promise<void> {
  if (!SECOND_FACTOR_ROLES.includes(actor.role)) throw SecurityErrors.NoSecondFactorForRole();
  let ok = false;
  try {
    ok = verifyTotp(input.secret, input.code, deps.now());
  } catch {
    ok = false;
  }
  if (!ok) throw SecurityErrors.BadCode();
  await deps.store.setTotpSecret(actor.userId, input.secret.toUpperCase().replace(/[\s=-]/g, ""));
  await deps.audit.append({ userId: actor.userId, action: "totp_enrolled" });
}
