import type { Actor } from "../auth/roles";
import type { ReferralNoteData, ReferralsRepository } from "./ports";
import { ReferralErrors } from "./referrals.errors";

/**
 * What the printable note for the resident shows: their name, the partner, the appointment and
 * the volunteer who goes along. It carries personal data to an agency, so it exists only with
 * the resident's recorded consent, and each print is logged.
 */
export async function getReferralNote(
  deps: { referrals: ReferralsRepository },
  actor: Pick<Actor, "userId">,
  roomId: string,
  referralId: number,
): Promise<ReferralNoteData> {
  const data = await deps.referrals.noteData(roomId, referralId);
  if (!data) throw ReferralErrors.NotFound();
  if (!data.referral.consentToShare) throw ReferralErrors.NoConsent();
  await deps.referrals.logNotePrinted(actor.userId, roomId, data.referral.personId, referralId);
  return data;
}
