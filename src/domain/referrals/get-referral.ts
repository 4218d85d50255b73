import type { ReferralsRepository } from "./ports";
import type { Referral } from "./referral";
import { ReferralErrors } from "./referrals.errors";

export async function getReferral(
  deps: { referrals: ReferralsRepository },
  roomId: string,
  referralId: number,
): Promise<Referral> {
  const r = await deps.referrals.get(roomId, referralId);
  if (!r) throw ReferralErrors.NotFound();
  return r;
}
