import type { IsoDate } from "../shared/dates";
import type { GrowthFigures } from "./growth";
import type { RoomForTargets, TargetOverride } from "./targets";

/** Rooms and dates (both inclusive) an indicator report covers. */
export interface IndicatorScope {
  rooms: string[];
  from: IsoDate;
  to: IsoDate;
}

export interface PersonFigures {
  /** Distinct named persons. */
  named: number;
  /** Sum of `count` of anonymous tallies marked first_time (never from `jobs` rows). */
  anonymousFirstTime: number;
}

export const PERSON_GROUPS = ["social", "computer", "language", "forms", "debt", "work", "total"] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

/**
 * The raw aggregates of a scope, straight from SQL; the domain turns them into indicators.
 * Sums and counts are 0 when nothing matches.
 */
export interface RawIndicatorFigures {
  persons: Record<PersonGroup, PersonFigures>;
  jobs: number;
  volunteers: number;
  volunteerHours: number;
  volunteerGroups: number;
  keyHolders: number;
  members: number;
  referredIn: number;
  referredInParticipating: number;
  newcomers: number;
  newcomersParticipating: number;
  placements: number;
  paidWork: number;
  referredPersons: number;
  partners: number;
  outConnected: number;
  outNotConnected: number;
  confidenceYes: number;
  confidenceAnswers: number;
  pleasantYes: number;
  pleasantAnswers: number;
  teamScoreSum: number;
  teamScoreCount: number;
  partnerScoreSum: number;
  partnerScoreCount: number;
  evictionsSum: number;
  evictionsCount: number;
  benefitCareSum: number;
  benefitCareCount: number;
  nuisanceSum: number;
  nuisanceCount: number;
  budgetLines: number;
  /** Formal financing − budgeted costs, computed exactly in SQL. */
  balance: number;
  auditsPositive: number;
  auditsNegative: number;
}

/** A ladder move up within a year: how many residents went from one stage to a higher one. */
export interface StageTransition {
  /** The stage before, or null when the resident entered the ladder at `to` this year. */
  from: string | null;
  to: string;
  residents: number;
}

/** What the indicator use cases need from storage (src/db/indicators.repository.ts). */
export interface IndicatorsRepository {
  /** Ids of every room. */
  allRoomIds(): Promise<string[]>;
  /** The rooms among `ids` that exist, with what their preset targets depend on. */
  roomsForTargets(ids: readonly string[]): Promise<RoomForTargets[]>;
  /** The rooms' own targets for the year. */
  targetOverrides(ids: readonly string[], year: number): Promise<TargetOverride[]>;
  setTarget(row: TargetOverride): Promise<void>;
  /** Removes a room's own target, so the preset applies again; true when there was one. */
  clearTarget(roomId: string, year: number, indicator: string): Promise<boolean>;
  /** Rooms that received a contribution from this funder (any year). */
  roomsFundedBy(funderId: number): Promise<string[]>;
  figures(scope: IndicatorScope): Promise<RawIndicatorFigures>;
  /** Moves up the ladder with a stage starting in the period, per (from, to). */
  stageTransitions(scope: IndicatorScope): Promise<StageTransition[]>;
  /** Growth in figures (DOMAIN §10) for the scope, with `previous` for volunteer turnover. */
  growth(scope: IndicatorScope, previous: { from: IsoDate; to: IsoDate }): Promise<GrowthFigures>;
}
