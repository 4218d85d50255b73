import { todayInAmsterdam } from "../shared/dates";
import type { Outcome, ReferralsRepository } from "./ports";
import { NOT_CONNECTED_REASONS, type NotConnectedReason } from "./referral";
import { ReferralErrors } from "./referrals.errors";
import { checkDate, checkNotFuture, optionalText } from "./validate";

export interface RecordOutcomeInput {
  outcome: "connected" | "not_connected";
  /** Default: today. */
  date?: string;
  reason?: string | null;
  note?: string | null;
}

/**
 * pending → connected | not_connected. A decided referral stays decided: the figures the
 * municipality sees must not move under them. A not-connected one needs a reason, because
 * those are the 20–30% the cooperative wants to learn from.
 */
export async function recordOutcome(
  deps: { referrals: ReferralsRepository; now: () => Date },
  roomId: string,
  referralId: number,
  input: RecordOutcomeInput,
): Promise<void> {
  const referral = await deps.referrals.get(roomId, referralId);
  if (!referral) throw ReferralErrors.NotFound();
  if (referral.status !== "pending") throw ReferralErrors.AlreadyDecided({ status: referral.status });
  const today = todayInAmsterdam(deps.now());
  const date = input.date ? checkNotFuture("date", checkDate("date", input.date), today) : today;
  if (date < referral.date)
    throw ReferralErrors.OutcomeBeforeReferral({ outcomeDate: date, date: referral.date });
  let reason: NotConnectedReason | null = null;
  if (input.outcome === "not_connected") {
    const r = input.reason?.trim();
    if (!r) throw ReferralErrors.ReasonRequired();
    if (!(NOT_CONNECTED_REASONS as readonly string[]).includes(r))
      throw ReferralErrors.UnknownReason({ reason: r });
    reason = r as NotConnectedReason;
  }
  const outcome: Outcome = {
    status: input.outcome,
    date,
    reason,
    note: optionalText("note", input.note, 500),
  };
  if (!(await deps.referrals.decide(roomId, referralId, outcome))) {
    const now = await deps.referrals.get(roomId, referralId);
    throw ReferralErrors.AlreadyDecided({ status: now?.status ?? input.outcome });
  }
}
