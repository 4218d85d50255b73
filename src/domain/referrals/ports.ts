import type { IsoDate } from "../shared/dates";
import type { Direction, LifeDomain, Referral, ReferralStatus } from "./referral";

export interface NewReferral {
  roomId: string;
  date: IsoDate;
  direction: Direction;
  partnerId: number;
  personId: number | null;
  warm: boolean;
  lifeDomains: LifeDomain[];
  consentToShare: boolean;
  followUpDate: IsoDate | null;
  appointment: string | null;
  accompaniedBy: string | null;
  helpQuestionId: number | null;
  createdBy: number | null;
}

/** Fields a coordinator may change while a referral runs; undefined leaves a field as it is. */
export interface ReferralPatch {
  personId?: number | null;
  warm?: boolean;
  lifeDomains?: LifeDomain[];
  consentToShare?: boolean;
  followUpDate?: IsoDate | null;
  appointment?: string | null;
  accompaniedBy?: string | null;
}

export interface Outcome {
  status: Exclude<ReferralStatus, "pending">;
  date: IsoDate;
  reason: string | null;
  note: string | null;
}

export interface ReferralFilter {
  direction?: Direction;
  status?: ReferralStatus;
  partnerId?: number;
  from?: IsoDate;
  to?: IsoDate;
}

/** A help question as the referral form sees it: never its note (coordinators only). */
export interface HelpQuestionSummary {
  id: number;
  roomId: string;
  date: IsoDate;
  personId: number;
  personName: string | null;
  domains: string[];
}

/** One referral as the overview counts it. */
export interface OverviewRow {
  roomId: string;
  partnerId: number;
  partnerName: string;
  direction: Direction;
  status: ReferralStatus;
  date: IsoDate;
  outcomeDate: IsoDate | null;
  reason: string | null;
}

export interface ReferralNoteData {
  referral: Referral;
  roomName: string;
  roomCity: string | null;
  partnerContactName: string | null;
  partnerContactPhone: string | null;
}

/** Storage for referrals (src/db/referrals.repository.ts). */
export interface ReferralsRepository {
  insert(r: NewReferral): Promise<number>;
  get(roomId: string, id: number): Promise<Referral | null>;
  list(roomId: string, filter: ReferralFilter): Promise<Referral[]>;
  /** Pending referrals of these rooms whose follow-up date is before `today`, oldest first. */
  followUp(roomIds: string[], today: IsoDate): Promise<Referral[]>;
  update(roomId: string, id: number, patch: ReferralPatch): Promise<void>;
  /** Sets the outcome only while the referral is pending; false when someone decided it first. */
  decide(roomId: string, id: number, outcome: Outcome): Promise<boolean>;
  overviewRows(roomIds: string[], from: IsoDate, to: IsoDate): Promise<OverviewRow[]>;
  partnerExists(id: number): Promise<boolean>;
  /** A current person in the room (DOMAIN §10): a referral never names someone of another room. */
  personInRoom(id: number, roomId: string): Promise<boolean>;
  helpQuestion(id: number): Promise<HelpQuestionSummary | null>;
  helpQuestions(roomId: string, limit: number): Promise<HelpQuestionSummary[]>;
  noteData(roomId: string, id: number): Promise<ReferralNoteData | null>;
  /** The note shares personal data with a partner: every print is written to the audit log. */
  logNotePrinted(userId: number, roomId: string, personId: number | null, referralId: number): Promise<void>;
}
