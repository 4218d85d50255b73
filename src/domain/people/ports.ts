import type { LadderStage, StageOrigin, StagePeriod } from "./ladder";

/** What the person wanted known (DOMAIN.md §2: deliberately minimal). */
export interface PersonFields {
  firstName: string | null;
  street: string | null;
  phone: string | null;
  email: string | null;
  newcomer: boolean;
  referredBy: string | null;
  landlord: string | null;
  talents: string | null;
  wantsMembership: boolean;
  since: string | null;
}

export interface Person extends PersonFields {
  id: number;
  ref: string | null;
  homeRoom: string;
  mergedInto: number | null;
  erasedAt: string | null;
  createdAt: string;
}

/** A stage of the ladder as it is kept (derived from the facts, or holding an entry). */
export interface StageRow extends StagePeriod {
  id: number;
  personId: number;
  origin: StageOrigin;
  /** For an open derived stage that ends with time: the day it ends unless a new fact comes. */
  lapsesOn: string | null;
}

/** A stage entered by hand (roles.csv, the person page), as entered. */
export interface StageEntry extends StagePeriod {
  id: number;
  personId: number;
}

export interface PersonListFilters {
  search?: string;
  stage?: LadderStage;
  newcomer?: boolean;
  member?: boolean;
  activeYear?: number;
  /** Seen on or after this day. */
  seenSince?: string;
  limit: number;
}

export interface PersonListItem {
  id: number;
  ref: string | null;
  firstName: string | null;
  street: string | null;
  newcomer: boolean;
  homeRoom: string;
  stage: LadderStage | null;
  member: boolean;
  lastSeen: string | null;
}

export interface PlacementRow {
  id: number;
  personId: number;
  roomId: string;
  type: PlacementType;
  start: string;
  end: string | null;
  wageValuePct: number | null;
}

export const PLACEMENT_TYPES = [
  "participation",
  "learning_work",
  "internship",
  "perspective_job",
  "day_activity",
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** Everything the person page shows, besides the person and the stages. */
export interface PersonHistory {
  activities: { roomId: string; type: string; name: string | null; visits: number; last: string }[];
  hours: { year: number; kind: string; status: string; hours: number }[];
  helpQuestions: { id: number; roomId: string; date: string; domains: string[]; hasNote: boolean }[];
  referrals: {
    id: number;
    roomId: string;
    date: string;
    direction: string;
    partner: string;
    outcome: string | null;
    warm: boolean;
  }[];
  placements: PlacementRow[];
  outcomes: { id: number; roomId: string; date: string; kind: string }[];
  keys: {
    id: number;
    key: string;
    roomId: string;
    issued: string;
    returned: string | null;
    flag: string | null;
  }[];
  memberships: { id: number; roomId: string; year: number; paid: boolean; amount: number | null }[];
  groups: { groupId: number; name: string; roomId: string; joined: string; leftOn: string | null }[];
}

export interface PeopleRepository {
  getPerson(id: number): Promise<Person | null>;
  /**
   * DOMAIN §10 "person in a room" (src/db/person-in-room.ts): home room, or a visit, stage, hours,
   * key or membership in one of the rooms. Only a current record unless `current: false`.
   */
  personInRoom(personId: number, roomIds: readonly string[], opts?: { current?: boolean }): Promise<boolean>;
  listPeople(roomId: string, filters: PersonListFilters, today: string): Promise<PersonListItem[]>;
  createPerson(homeRoom: string, fields: PersonFields): Promise<number>;
  updatePerson(id: number, fields: Partial<PersonFields>): Promise<void>;
  /** The person's kept ladder (derived and entered stages), oldest first. */
  listStages(personId: number): Promise<StageRow[]>;
  getStage(id: number): Promise<StageRow | null>;
  /** The stages the person was given by hand, as entered. */
  listStageEntries(personId: number): Promise<StageEntry[]>;
  /** Enters a stage; returns the id of the kept stage that holds it. */
  addStageEntry(personId: number, s: StagePeriod): Promise<number>;
  setStageEntryEnd(id: number, to: string | null): Promise<void>;
  history(personId: number): Promise<PersonHistory>;
  /** Approved hours (both kinds) between two days, for cooperative membership. */
  hoursBetween(personId: number, from: string, to: string): Promise<number>;
  /** Moves every row of `dropId` to `keepId` and marks `dropId` merged, in one transaction. */
  merge(
    keepId: number,
    dropId: number,
    userId: number | null,
  ): Promise<{ moved: Record<string, number>; flaggedKeys: number }>;
  addPlacement(p: Omit<PlacementRow, "id">): Promise<number>;
  getPlacement(id: number): Promise<PlacementRow | null>;
  setPlacementEnd(id: number, end: string | null): Promise<void>;
  listPlacements(roomId: string): Promise<(PlacementRow & { firstName: string | null })[]>;
  addOutcome(o: { personId: number; roomId: string; date: string; kind: "paid_work" }): Promise<number>;
  listOutcomes(
    roomId: string,
  ): Promise<{ id: number; personId: number; firstName: string | null; date: string; kind: string }[]>;
}
