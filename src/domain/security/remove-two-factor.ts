import type { Actor } from "../auth/roles";
import { confirmIdentity } from "./confirm-identity";
import type { FactorChangeDeps } from "./replace-two-factor";

/**
 * Turns one's own second factor off, after the password and a current code. Other sessions end,
 * the owner is told at the next login; audited as `totp_removed`. Under the policy "required" the
 * account is then back on the enrolment page.
 */
export async function removeTwoFactor(
  deps: FactorChangeDeps,
  actor: Actor,
  input: { password?: string; currentCode?: string },
): Promise<void> {
  const { enrolled } = await confirmIdentity(
    deps.confirm,
    actor.userId,
    { password: input.password, code: input.currentCode },
    "totp_removed",
  );
  // Without a factor there is nothing to remove: the password alone does not turn anything off.
  if (!enrolled) return;
  await deps.store.clearTotpSecret(actor.userId);
  await deps.store.noteTotpChanged(actor.userId, deps.now());
  const sessions = await deps.endOtherSessions(actor.userId);
  await deps.audit.append({
    userId: actor.userId,
    action: "totp_removed",
    details: { sessionsEnded: sessions },
  });
}
