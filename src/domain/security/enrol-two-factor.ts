import type { Actor, Role } from "../auth/roles";
import type { AuditRepository } from "./ports";
import { SecurityErrors } from "./security.errors";
import { totpStepOf } from "./totp";

/** Roles whose accounts reach many people's data: they get (and are asked to enrol) a second factor. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["coordinator", "cooperative"];

/** Port to the second factor's storage; implemented in src/db/security.repository.ts. */
export interface TwoFactorStore {
  totpSecretOf(userId: number): Promise<string | null>;
  /** Stores the secret with its first accepted step; false when that step was used before. */
  enrolTotp(userId: number, secret: string, step: number): Promise<boolean>;
  /** Marks a step used; false when this step or a later one was accepted before (replay). */
  acceptTotpStep(userId: number, step: number): Promise<boolean>;
}

/** A secret as typed or pasted: upper case, without spaces, dashes or padding. */
export function cleanSecret(secret: string): string {
  return secret.toUpperCase().replace(/[\s=-]/g, "");
}

/**
 * Turns on the second factor once the user proves their app has the secret (a right code), so a
 * mistyped secret can never lock anyone out. The code's step becomes the replay mark: the same
 * code cannot then be used to log in.
 */
export async function enrolTwoFactor(
  deps: { store: Pick<TwoFactorStore, "enrolTotp">; audit: AuditRepository; now: () => Date },
  actor: Actor,
  input: { secret: string; code: string },
): Promise<void> {
  if (!SECOND_FACTOR_ROLES.includes(actor.role)) throw SecurityErrors.NoSecondFactorForRole();
  const secret = cleanSecret(input.secret);
  const step = totpStepOf(secret, input.code, deps.now());
  if (step === null) throw SecurityErrors.BadCode();
  if (!(await deps.store.enrolTotp(actor.userId, secret, step))) throw SecurityErrors.CodeUsed();
  await deps.audit.append({ userId: actor.userId, action: "totp_enrolled" });
}
