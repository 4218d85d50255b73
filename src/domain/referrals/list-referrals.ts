import type { ReferralFilter, ReferralsRepository } from "./ports";
import type { Direction, Referral, ReferralStatus } from "./referral";
import { checkDate } from "./validate";

export interface ListReferralsInput {
  direction?: Direction;
  status?: ReferralStatus;
  partnerId?: number;
  from?: string;
  to?: string;
}

/** A room's referrals, newest first, with the list's filters. */
export async function listReferrals(
  deps: { referrals: ReferralsRepository },
  roomId: string,
  input: ListReferralsInput,
): Promise<Referral[]> {
  const filter: ReferralFilter = {
    direction: input.direction,
    status: input.status,
    partnerId: input.partnerId,
    from: input.from ? checkDate("from", input.from) : undefined,
    to: input.to ? checkDate("to", input.to) : undefined,
  };
  return deps.referrals.list(roomId, filter);
}
