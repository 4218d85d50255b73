import type { ActivityType } from "../activities/activity-types";
import type { IsoDate } from "../shared/dates";
import type { CallOutcome, DayVisitRow } from "./rules";

export interface DeskActivity {
  id: number;
  roomId: string;
  type: ActivityType;
  name: string;
  active: boolean;
  /** For children under 16 (DOMAIN §10). */
  forChildren: boolean;
}

export interface StoredVisit {
  id: number;
  roomId: string;
  date: IsoDate;
  activityId: number | null;
  activityType: ActivityType;
  personId: number | null;
  count: number;
  firstTime: boolean;
  createdBy: number | null;
  /** Milliseconds since the epoch. */
  createdAtMs: number;
  sourceKey: string | null;
}

export interface NewVisit {
  roomId: string;
  date: IsoDate;
  activityType: ActivityType;
  activityId: number;
  personId: number | null;
  count: number;
  firstTime: boolean;
  sourceKey: string;
  createdBy: number;
}

/** What the desk may know of a person: first name and street, and flags without content. */
export interface DeskPerson {
  id: number;
  firstName: string | null;
  street: string | null;
  /** Visits at the chosen activity in the last year. */
  frequency: number;
  visitDaysThisYear: number;
  hasContact: boolean;
  isMember: boolean;
  hasHelpQuestion: boolean;
  /** The visit id when already registered at this activity on the chosen day. */
  visitToday: number | null;
}

export interface NewPerson {
  roomId: string;
  date: IsoDate;
  firstName: string;
  street: string | null;
  phone: string | null;
  newcomer: boolean;
  referredBy: string | null;
  landlord: string | null;
  wantsMembership: boolean;
  birthYear: number | null;
  /** Marked under 16 at registration. */
  under16: boolean;
  guardianConsent: string | null;
  key: string;
}

export interface HoursRow {
  id: number;
  roomId: string;
  date: IsoDate;
  personId: number | null;
  firstName: string | null;
  hours: number;
  activity: string | null;
  status: "pending" | "approved" | "rejected";
  createdBy: number | null;
  /** Logged at the desk (not imported or entered on the volunteers page). */
  fromDesk: boolean;
}

export interface HelpQuestionSummary {
  id: number;
  personId: number;
  firstName: string | null;
  date: IsoDate;
  domains: string[];
}

export interface CallListRow {
  personId: number;
  firstName: string | null;
  street: string | null;
  phone: string | null;
  visitDays: number;
  lastVisit: IsoDate;
  lastCall: { date: IsoDate; outcome: CallOutcome } | null;
}

/** The database as the desk needs it. */
export interface DeskRepository {
  /** Runs fn alone for this room, in one transaction: checks and insert cannot interleave. */
  withRoomLock<T>(roomId: string, fn: (repo: DeskRepository) => Promise<T>): Promise<T>;

  getActivity(id: number): Promise<DeskActivity | null>;
  listActivities(roomId: string): Promise<DeskActivity[]>;
  /** Rows per activity on the given dates (used for "most used on this weekday"). */
  activityUse(roomId: string, dates: IsoDate[]): Promise<Map<number, number>>;
  dayRows(roomId: string, date: IsoDate): Promise<(DayVisitRow & { activityId: number | null })[]>;
  /** The user's own registrations of that day, newest first (for undo). */
  userVisits(
    roomId: string,
    date: IsoDate,
    userId: number,
    limit: number,
  ): Promise<(StoredVisit & { firstName: string | null })[]>;

  findVisitByKey(sourceKey: string): Promise<StoredVisit | null>;
  getVisit(id: number): Promise<StoredVisit | null>;
  findNamedVisit(
    roomId: string,
    date: IsoDate,
    activityId: number,
    personId: number,
  ): Promise<StoredVisit | null>;
  findRecentTally(
    v: { roomId: string; date: IsoDate; activityId: number; firstTime: boolean; createdBy: number },
    /** Made within this many milliseconds before now (the database's clock, which stamped created_at). */
    withinMs: number,
  ): Promise<StoredVisit | null>;
  /** Inserts; null when the source key exists already. */
  insertVisit(v: NewVisit): Promise<number | null>;
  deleteVisit(id: number): Promise<void>;

  /** Whether the person is marked under 16, and whether a guardian's consent is recorded. */
  childConsent(
    personId: number,
  ): Promise<{ under16: boolean; guardianConsent: boolean; firstName: string | null } | null>;
  /** The person exists, is not erased or merged, and is in the room (DOMAIN §10, src/db/person-in-room.ts). */
  personInRoom(roomId: string, id: number): Promise<boolean>;
  searchPeople(q: {
    roomId: string;
    activityId: number | null;
    text: string;
    date: IsoDate;
    limit: number;
  }): Promise<DeskPerson[]>;
  findSameNameStreet(firstName: string, street: string): Promise<{ id: number } | null>;
  personByKey(key: string): Promise<number | null>;
  createPerson(p: NewPerson): Promise<number>;
  /** Adds contact details or the wish to become a member; never reads them back. */
  addPersonDetails(id: number, d: { phone?: string; wantsMembership?: boolean }): Promise<void>;

  insertJobDetails(visitId: number, kind: string, note: string | null): Promise<void>;
  insertHours(h: {
    roomId: string;
    date: IsoDate;
    personId: number;
    hours: number;
    activity: string | null;
    status: "pending" | "approved";
    sourceKey: string;
    createdBy: number;
  }): Promise<number | null>;
  deleteHoursByKeyPrefix(prefix: string): Promise<void>;
  listHours(roomId: string, from: IsoDate, to: IsoDate, status?: "pending"): Promise<HoursRow[]>;
  getHours(id: number): Promise<HoursRow | null>;
  findHoursByKey(sourceKey: string): Promise<HoursRow | null>;
  updateHours(
    id: number,
    change: { hours?: number; status?: "pending" | "approved" | "rejected" },
  ): Promise<void>;
  listVolunteers(
    roomId: string,
    since: IsoDate,
  ): Promise<{ id: number; firstName: string | null; street: string | null }[]>;

  insertHelpQuestion(h: {
    roomId: string;
    personId: number;
    date: IsoDate;
    domains: string[];
    note: string | null;
    createdBy: number;
  }): Promise<number>;
  listHelpQuestions(roomId: string, limit: number): Promise<HelpQuestionSummary[]>;
  /** Reads a note and writes the read to audit_log, in one transaction. */
  readHelpNote(
    roomId: string,
    id: number,
    userId: number,
  ): Promise<{ note: string | null; personId: number } | null>;

  callCandidates(roomId: string, since: IsoDate, until: IsoDate, minDays: number): Promise<CallListRow[]>;
  insertCallOutcome(c: {
    roomId: string;
    personId: number;
    date: IsoDate;
    outcome: CallOutcome;
    note: string | null;
    createdBy: number;
  }): Promise<number>;

  regulars(
    activityId: number,
    since: IsoDate,
    limit: number,
  ): Promise<{ firstName: string | null; street: string | null }[]>;
}
