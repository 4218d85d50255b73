import { todayInAmsterdam } from "../shared/dates";
import type { ReferralsRepository } from "./ports";
import type { Referral } from "./referral";

/** The coordinator's "to follow up" list: pending referrals whose follow-up date has passed. */
export async function listFollowUp(
  deps: { referrals: ReferralsRepository; now: () => Date },
  roomIds: string[],
): Promise<Referral[]> {
  return deps.referrals.followUp(roomIds, todayInAmsterdam(deps.now()));
}
