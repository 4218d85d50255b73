import type { HelpQuestionSummary, ReferralsRepository } from "./ports";

/** Recent help questions of a room to start a referral from: date, resident, domains — never the note. */
export async function listHelpQuestions(
  deps: { referrals: ReferralsRepository },
  roomId: string,
): Promise<HelpQuestionSummary[]> {
  return deps.referrals.helpQuestions(roomId, 50);
}
