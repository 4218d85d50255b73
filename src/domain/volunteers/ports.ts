export type HoursKind = "volunteer" | "staff_unpaid";
export type HoursStatus = "pending" | "approved" | "rejected";

export interface HoursRow {
  id: number;
  roomId: string;
  date: string;
  personId: number | null;
  firstName: string | null;
  hours: number;
  kind: HoursKind;
  activity: string | null;
  status: HoursStatus;
}

export interface MonthlyHours {
  personId: number;
  firstName: string | null;
  month: string;
  volunteer: number;
  staffUnpaid: number;
  pending: number;
}

export interface Group {
  id: number;
  roomId: string;
  name: string;
  active: boolean;
  members: { personId: number; firstName: string | null; joined: string; leftOn: string | null }[];
}

export interface AllowanceRow {
  id: number;
  personId: number;
  firstName: string | null;
  month: string;
  amount: number;
}

export interface VolunteersRepository {
  listGroups(roomId: string): Promise<Group[]>;
  getGroup(id: number): Promise<Group | null>;
  groupByName(roomId: string, name: string): Promise<Group | null>;
  addGroup(roomId: string, name: string): Promise<number>;
  setGroupActive(id: number, active: boolean): Promise<void>;
  addGroupMember(groupId: number, personId: number, joined: string): Promise<void>;
  endGroupMember(groupId: number, personId: number, leftOn: string): Promise<boolean>;

  /** Hours not rejected that the person already has on that day, in any room. */
  hoursOnDay(personId: number, date: string): Promise<number>;
  addHours(h: Omit<HoursRow, "id" | "firstName">): Promise<number>;
  getHours(id: number): Promise<HoursRow | null>;
  setStatus(ids: number[], roomId: string, status: HoursStatus, userId: number | null): Promise<number>;
  listHours(roomId: string, from: string, to: string, status?: HoursStatus): Promise<HoursRow[]>;
  monthly(roomId: string, from: string, to: string): Promise<MonthlyHours[]>;
  /** Approved hours of a person in a year, per room, month and kind. */
  statement(
    personId: number,
    year: number,
  ): Promise<{ roomId: string; month: string; kind: HoursKind; hours: number }[]>;
  /** The cooperative's own rates for the year (rates table), or null for the defaults. */
  rate(year: number): Promise<{ volunteerHourly: number; staffHourly: number } | null>;

  listAllowances(roomId: string, year: number): Promise<AllowanceRow[]>;
  /** The person's allowances in a year, over every room. */
  allowanceTotal(personId: number, year: number): Promise<number>;
  setAllowance(a: { personId: number; roomId: string; month: string; amount: number }): Promise<number>;
  allowanceLimit(year: number): Promise<number | null>;
  setAllowanceLimit(year: number, max: number): Promise<void>;
  /** Whether the person is a meewerkend vrijwilliger (in any room) on some day of the month. */
  isMeewerkend(personId: number, monthStart: string, monthEnd: string): Promise<boolean>;
}
