export type ErasureReason = "request" | "consent_withdrawn" | "retention";

export interface RetentionCandidate {
  id: number;
  ref: string | null;
  firstName: string | null;
  homeRoom: string;
  lastActivity: string;
}

export interface NoteRead {
  at: string;
  userId: number | null;
  user: string | null;
  personId: number | null;
  roomId: string | null;
  questionId: number | null;
  /** Where the note was read: the person page, an export, or the desk's help-question list (null). */
  via: string | null;
}

/** Everything stored about a person, table by table (the tables found in the catalogue). */
export type PersonData = Record<string, Record<string, unknown>[]>;

export interface PrivacyRepository {
  /** The person's rows in every table that references people, plus their audit entries. */
  exportData(personId: number): Promise<PersonData>;
  /**
   * Erases the person and every record merged into them, in one transaction: identity and contact
   * gone, rows kept (with their person id) so past counts do not change.
   */
  erase(personId: number, reason: ErasureReason, userId: number | null): Promise<number[]>;
  retentionDays(): Promise<number>;
  setRetentionDays(days: number): Promise<void>;
  /** Live persons whose last activity is before `before`. */
  inactiveSince(before: string): Promise<RetentionCandidate[]>;
  helpNote(
    questionId: number,
  ): Promise<{ id: number; personId: number; roomId: string; note: string | null } | null>;
  /** Writes `help_note_read` to the audit log, as the desk does for its own note reads. */
  logNoteRead(e: {
    userId: number | null;
    personId: number;
    roomId: string;
    questionId: number;
    via: "person" | "export";
  }): Promise<void>;
  noteReads(limit: number): Promise<NoteRead[]>;
}
