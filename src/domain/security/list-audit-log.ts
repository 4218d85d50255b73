import type { Actor } from "../auth/roles";
import { parseDate } from "../shared/dates";
import { CommonErrors } from "../shared/errors";
import type { AuditEntry, AuditFilter, AuditRepository } from "./ports";
import { SecurityErrors } from "./security.errors";

export interface AuditQuery {
  from?: string;
  to?: string;
  action?: string;
  userId?: number;
  roomId?: string;
  beforeId?: number;
  limit?: number;
}

export const AUDIT_PAGE = 200;
/** An export is bounded so that a careless click cannot hold the server for minutes. */
export const AUDIT_EXPORT_MAX = 100_000;

export function auditFilter(q: AuditQuery, max: number): AuditFilter {
  const from = dateOrNull(q.from, "from");
  const to = dateOrNull(q.to, "to");
  if (from && to && from > to) throw SecurityErrors.BadPeriod();
  return {
    from,
    to,
    action: q.action || null,
    userId: q.userId ?? null,
    roomId: q.roomId || null,
    beforeId: q.beforeId ?? null,
    limit: Math.min(Math.max(q.limit ?? max, 1), max),
  };
}

function dateOrNull(text: string | undefined, field: string): string | null {
  if (!text) return null;
  const d = parseDate(text);
  if (!d) throw CommonErrors.Invalid({ field, reason: "geen datum (jjjj-mm-dd of dd-mm-jjjj)" });
  return d;
}

/** A page of the audit log, newest first (cooperative only; the route checks the role). */
export async function listAuditLog(
  deps: { audit: AuditRepository },
  q: AuditQuery,
): Promise<{ entries: AuditEntry[]; actions: string[]; nextBeforeId: number | null }> {
  const filter = auditFilter(q, AUDIT_PAGE);
  const entries = await deps.audit.list(filter);
  return {
    entries,
    actions: await deps.audit.actions(),
    nextBeforeId: entries.length === filter.limit ? entries[entries.length - 1].id : null,
  };
}

/** CSV of the audit log for the period; the export itself is written to the log first. */
export async function exportAuditLog(
  deps: { audit: AuditRepository },
  actor: Actor,
  q: AuditQuery,
): Promise<string> {
  const filter = auditFilter(q, AUDIT_EXPORT_MAX);
  await deps.audit.append({
    userId: actor.userId,
    action: "audit_export",
    details: { from: filter.from, to: filter.to, action: filter.action },
  });
  const entries = await deps.audit.list(filter);
  const header = ["id", "at", "user_id", "user", "action", "room", "person_id", "details"];
  const rows = entries.map((e) =>
    [
      e.id,
      e.at,
      e.userId,
      e.user,
      e.action,
      e.roomId,
      e.personId,
      e.details == null ? "" : JSON.stringify(e.details),
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

/** Quotes a cell, and defuses a leading = + - @ so a spreadsheet never runs it as a formula. */
export function csvCell(v: unknown): string {
  let s = v == null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
