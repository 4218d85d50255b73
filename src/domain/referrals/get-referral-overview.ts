import { todayInAmsterdam, yearRange } from "../shared/dates";
import { computeOverview, type ReferralOverview } from "./overview";
import type { ReferralsRepository } from "./ports";
import { ReferralErrors } from "./referrals.errors";
import { checkDate } from "./validate";

/** Referral figures of rooms over a period (default: this calendar year). */
export async function getReferralOverview(
  deps: { referrals: ReferralsRepository; now: () => Date },
  roomIds: string[],
  input: { from?: string; to?: string },
): Promise<ReferralOverview & { from: string; to: string }> {
  const year = yearRange(Number(todayInAmsterdam(deps.now()).slice(0, 4)));
  const from = input.from ? checkDate("from", input.from) : year.from;
  const to = input.to ? checkDate("to", input.to) : year.to;
  if (to < from) throw ReferralErrors.BadDate({ field: "to", value: input.to ?? to });
  const rows = await deps.referrals.overviewRows(roomIds, from, to);
  return { from, to, ...computeOverview(rows, roomIds) };
}
