import type { IsoDate } from "../shared/dates";

/** The eight life domains a help question touches (DOMAIN.md §4, seed 000 §3B). */
export const LIFE_DOMAINS = [
  "poverty",
  "meeting",
  "participation",
  "learning",
  "care",
  "support",
  "housing",
  "work",
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export function isLifeDomain(value: string): value is LifeDomain {
  return (LIFE_DOMAINS as readonly string[]).includes(value);
}

/** `in`: an agency sends a resident to the room (afschalen); `out`: the room refers a resident (opschalen). */
export const DIRECTIONS = ["in", "out"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Imported rows may have an empty outcome; the domain reads that as pending (INTERCHANGE). */
export const STATUSES = ["pending", "connected", "not_connected"] as const;
export type ReferralStatus = (typeof STATUSES)[number];

/**
 * Why a referral did not connect. Fixed ids so the overview can count them; the free-text
 * outcome note says more when needed.
 */
export const NOT_CONNECTED_REASONS = [
  "no_show",
  "declined",
  "waiting_list",
  "not_eligible",
  "partner_unreachable",
  "moved",
  "other",
] as const;
export type NotConnectedReason = (typeof NOT_CONNECTED_REASONS)[number];

export interface Referral {
  id: number;
  roomId: string;
  date: IsoDate;
  direction: Direction;
  partnerId: number;
  partnerName: string;
  partnerType: string | null;
  personId: number | null;
  /** The resident's first name; null when anonymous or erased. */
  personName: string | null;
  warm: boolean;
  status: ReferralStatus;
  outcomeDate: IsoDate | null;
  notConnectedReason: string | null;
  outcomeNote: string | null;
  followUpDate: IsoDate | null;
  appointment: string | null;
  accompaniedBy: string | null;
  lifeDomains: LifeDomain[];
  consentToShare: boolean;
  helpQuestionId: number | null;
}

/** A pending referral whose follow-up date has passed lands on the coordinator's list. */
export function needsFollowUp(r: Pick<Referral, "status" | "followUpDate">, today: IsoDate): boolean {
  return r.status === "pending" && r.followUpDate !== null && r.followUpDate < today;
}
