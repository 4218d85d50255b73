/** One line of the audit log as the cooperative sees it. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  user: string | null;
  action: string;
  roomId: string | null;
  personId: number | null;
  details: unknown;
}

export interface AuditFilter {
  from: string | null;
  to: string | null;
  action: string | null;
  userId: number | null;
  roomId: string | null;
  /** Page backwards: only entries with an id below this one. */
  beforeId: number | null;
  limit: number;
}

/** Port to the audit log; implemented in src/db/audit.repository.ts. */
export interface AuditRepository {
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  actions(): Promise<string[]>;
  append(e: {
    userId: number | null;
    action: string;
    roomId?: string | null;
    personId?: number | null;
    details?: unknown;
  }): Promise<void>;
}
