import type { ReferralPatch, ReferralsRepository } from "./ports";
import { ReferralErrors } from "./referrals.errors";
import { checkDate, checkDomains, optionalText } from "./validate";

export interface UpdateReferralInput {
  /** Links an anonymous incoming referral to the resident once they come. */
  personId?: number | null;
  warm?: boolean;
  lifeDomains?: string[];
  consentToShare?: boolean;
  followUpDate?: string | null;
  appointment?: string | null;
  accompaniedBy?: string | null;
}

/** Changes the running details of a referral; the outcome has its own use case. */
export async function updateReferral(
  deps: { referrals: ReferralsRepository },
  roomId: string,
  referralId: number,
  input: UpdateReferralInput,
): Promise<void> {
  const referral = await deps.referrals.get(roomId, referralId);
  if (!referral) throw ReferralErrors.NotFound();
  const patch: ReferralPatch = {};
  if (input.personId !== undefined) {
    if (input.personId !== null && !(await deps.referrals.personInRoom(input.personId, roomId)))
      throw ReferralErrors.UnknownPerson();
    patch.personId = input.personId;
  }
  if (input.warm !== undefined) patch.warm = input.warm;
  if (input.lifeDomains !== undefined) patch.lifeDomains = checkDomains(input.lifeDomains);
  if (input.consentToShare !== undefined) patch.consentToShare = input.consentToShare;
  if (input.followUpDate !== undefined) {
    const f = input.followUpDate ? checkDate("followUpDate", input.followUpDate) : null;
    if (f !== null && f < referral.date)
      throw ReferralErrors.FollowUpBeforeDate({ date: referral.date, followUp: f });
    patch.followUpDate = f;
  }
  if (input.appointment !== undefined)
    patch.appointment = optionalText("appointment", input.appointment, 300);
  if (input.accompaniedBy !== undefined)
    patch.accompaniedBy = optionalText("accompaniedBy", input.accompaniedBy, 120);
  await deps.referrals.update(roomId, referralId, patch);
}
