import { addDays, todayInAmsterdam } from "../shared/dates";
import type { PrivacyRepository, RetentionCandidate } from "./ports";

export const DEFAULT_RETENTION_DAYS = 730;

/**
 * The daily retention job: persons with no activity for the retention period (default two years)
 * are anonymised like an erasure. `preview` lists who would be, without changing anything.
 * A key not yet returned or a running placement counts as activity until it ends.
 */
export async function anonymiseInactive(
  deps: { privacy: PrivacyRepository },
  input: { now: Date; preview: boolean },
): Promise<{ retentionDays: number; before: string; candidates: RetentionCandidate[]; anonymised: number }> {
  const retentionDays = await deps.privacy.retentionDays();
  const before = addDays(todayInAmsterdam(input.now), -retentionDays);
  const candidates = await deps.privacy.inactiveSince(before);
  let anonymised = 0;
  if (!input.preview) {
    for (const c of candidates) anonymised += (await deps.privacy.erase(c.id, "retention", null)).length;
  }
  return { retentionDays, before, candidates, anonymised };
}
