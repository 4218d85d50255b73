export interface MemberRow {
  id: number;
  personId: number | null;
  ref: string | null;
  firstName: string | null;
  street: string | null;
  year: number;
  paid: boolean;
  amount: number | null;
}

export interface MembersRepository {
  list(roomId: string, year: number): Promise<MemberRow[]>;
  /** Paying members per year (distinct persons, `output.members`). */
  payingPerYear(roomId: string): Promise<{ year: number; paying: number; registered: number }[]>;
  find(personId: number, roomId: string, year: number): Promise<MemberRow | null>;
  get(id: number): Promise<(MemberRow & { roomId: string }) | null>;
  insert(m: {
    personId: number;
    roomId: string;
    year: number;
    paid: boolean;
    amount: number | null;
  }): Promise<number>;
  update(id: number, paid: boolean, amount: number | null): Promise<void>;
  remove(id: number): Promise<void>;
  /** The earliest day the person is known: `since`, or their first registration. */
  firstKnown(personId: number): Promise<string | null>;
  /** Yearly dues of the room's residents' association (default €1, seed 000 §3E). */
  dues(roomId: string): Promise<number>;
  setDues(roomId: string, amount: number): Promise<void>;
}
