import type { PrivacyRepository } from "./ports";
import { PrivacyErrors } from "./privacy.errors";

/** The cooperative sets how long an inactive person is kept. */
export async function setRetention(deps: { privacy: PrivacyRepository }, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 90 || days > 3650) throw PrivacyErrors.BadRetention({ days });
  await deps.privacy.setRetentionDays(days);
}
