import type { Actor } from "../auth/roles";
import { type ConfirmIdentityDeps, confirmIdentity } from "./confirm-identity";
import { cleanSecret, SECOND_FACTOR_ROLES } from "./enrol-two-factor";
import type { AuditRepository } from "./ports";
import { SecurityErrors } from "./security.errors";
import { totpStepOf } from "./totp";

/** What replacing or removing one's own second factor needs besides the identity check. */
export interface FactorChangeDeps {
  confirm: ConfirmIdentityDeps;
  store: {
    replaceTotp(userId: number, secret: string, step: number): Promise<void>;
    clearTotpSecret(userId: number): Promise<void>;
    noteTotpChanged(userId: number, at: Date): Promise<void>;
  };
  /** Ends the user's other sessions (not the one making the change); returns how many. */
  endOtherSessions(userId: number): Promise<number>;
  audit: AuditRepository;
  now: () => Date;
}

/**
 * A new phone: replaces an enrolled second factor by a new secret. Asks for the password and a
 * code of the current factor (a session alone is not enough), and a right code of the new secret
 * (checked first, so a mistyped new secret uses nothing up). Other sessions end; the owner is told
 * at the next login; audited as `totp_replaced`.
 */
export async function replaceTwoFactor(
  deps: FactorChangeDeps,
  actor: Actor,
  input: { secret: string; code: string; password?: string; currentCode?: string },
): Promise<void> {
  if (!SECOND_FACTOR_ROLES.includes(actor.role)) throw SecurityErrors.NoSecondFactorForRole();
  const secret = cleanSecret(input.secret);
  const step = totpStepOf(secret, input.code, deps.now());
  if (step === null) throw SecurityErrors.BadCode();
  await confirmIdentity(
    deps.confirm,
    actor.userId,
    { password: input.password, code: input.currentCode },
    "totp_replaced",
  );
  await deps.store.replaceTotp(actor.userId, secret, step);
  await deps.store.noteTotpChanged(actor.userId, deps.now());
  const sessions = await deps.endOtherSessions(actor.userId);
  await deps.audit.append({
    userId: actor.userId,
    action: "totp_replaced",
    details: { sessionsEnded: sessions },
  });
}
