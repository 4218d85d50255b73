import type { Actor } from "../auth/roles";
import { addDays, type IsoDate, todayInAmsterdam } from "../shared/dates";
import type { ReferralsRepository } from "./ports";
import { type Direction, isLifeDomain, type LifeDomain } from "./referral";
import { ReferralErrors } from "./referrals.errors";
import { checkDate, checkDomains, checkNotFuture, optionalText } from "./validate";

export interface CreateReferralInput {
  direction: Direction;
  partnerId?: number | null;
  /** Default: today. */
  date?: string;
  personId?: number | null;
  /** Copies the help question's life domains (when none are given) and its resident. */
  helpQuestionId?: number | null;
  lifeDomains?: string[];
  warm?: boolean;
  consentToShare?: boolean;
  /** Default: two weeks after the referral date. */
  followUpDate?: string | null;
  appointment?: string | null;
  accompaniedBy?: string | null;
}

// Two weeks: long enough for an agency's first appointment, short enough that a resident who
// fell between two chairs is called before they give up.
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/**
 * Records a referral in a room, pending until someone records whether it connected. The route
 * has checked that the actor may see the room; the desk may start one from a help question of
 * its room without ever seeing the question's note.
 */
export async function createReferral(
  deps: { referrals: ReferralsRepository; now: () => Date },
  actor: Pick<Actor, "userId"> | null,
  roomId: string,
  input: CreateReferralInput,
): Promise<{ id: number }> {
  const today = todayInAmsterdam(deps.now());
  if (input.partnerId === undefined || input.partnerId === null) throw ReferralErrors.PartnerRequired();
  if (!(await deps.referrals.partnerExists(input.partnerId))) throw ReferralErrors.UnknownPartner();
  const date: IsoDate = input.date ? checkNotFuture("date", checkDate("date", input.date), today) : today;

  let personId = input.personId ?? null;
  let domains: LifeDomain[] = checkDomains(input.lifeDomains ?? []);
  let helpQuestionId: number | null = null;
  if (input.helpQuestionId !== undefined && input.helpQuestionId !== null) {
    const hq = await deps.referrals.helpQuestion(input.helpQuestionId);
    if (!hq || hq.roomId !== roomId) throw ReferralErrors.UnknownHelpQuestion();
    if (personId !== null && personId !== hq.personId) throw ReferralErrors.PersonMismatch();
    personId = hq.personId;
    // Domains the desk did not know about are dropped rather than refused: the question is theirs.
    if (domains.length === 0) domains = hq.domains.filter(isLifeDomain);
    helpQuestionId = hq.id;
  }
  if (personId !== null && !(await deps.referrals.personInRoom(personId, roomId)))
    throw ReferralErrors.UnknownPerson();

  let followUpDate: IsoDate | null = addDays(date, DEFAULT_FOLLOW_UP_DAYS);
  if (input.followUpDate) {
    followUpDate = checkDate("followUpDate", input.followUpDate);
    if (followUpDate < date) throw ReferralErrors.FollowUpBeforeDate({ date, followUp: followUpDate });
  }

  const id = await deps.referrals.insert({
    roomId,
    date,
    direction: input.direction,
    partnerId: input.partnerId,
    personId,
    warm: input.warm ?? false,
    lifeDomains: domains,
    consentToShare: input.consentToShare ?? false,
    followUpDate,
    appointment: optionalText("appointment", input.appointment, 300),
    accompaniedBy: optionalText("accompaniedBy", input.accompaniedBy, 120),
    helpQuestionId,
    createdBy: actor?.userId ?? null,
  });
  return { id };
}
