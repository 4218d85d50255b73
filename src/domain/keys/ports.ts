export interface KeyIssue {
  id: number;
  key: string;
  roomId: string;
  personId: number | null;
  firstName: string | null;
  issued: string;
  returned: string | null;
  flag: string | null;
}

export interface KeyHolderNow extends KeyIssue {
  /** The holder no longer volunteers (no open volunteer stage and no hours in the last six months). */
  stoppedVolunteering: boolean;
}

export interface RotaShift {
  id: number;
  roomId: string;
  date: string;
  opens: string;
  closes: string;
  openerId: number | null;
  openerName: string | null;
  closerId: number | null;
  closerName: string | null;
}

export interface KeysRepository {
  listKeys(roomId: string): Promise<KeyIssue[]>;
  getKey(id: number): Promise<KeyIssue | null>;
  /** Issues of this key number in the room whose period overlaps [from, to]. */
  overlapping(roomId: string, key: string, from: string, to: string | null): Promise<KeyIssue[]>;
  issue(input: { roomId: string; key: string; personId: number; issued: string }): Promise<number>;
  setReturned(id: number, returned: string): Promise<void>;
  holdersOn(roomId: string, day: string, volunteeringSince: string): Promise<KeyHolderNow[]>;
  holdsKey(roomId: string, personId: number, day: string): Promise<boolean>;
  listRota(roomId: string, from: string, to: string): Promise<RotaShift[]>;
  getShift(id: number): Promise<RotaShift | null>;
  addShift(s: Omit<RotaShift, "id" | "openerName" | "closerName">): Promise<number>;
  deleteShift(id: number): Promise<void>;
}
