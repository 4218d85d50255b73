import { createHash } from "node:crypto";

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations, DDL). */
  exec(text: string): Promise<void>;
}

/** One database: PGlite in-process or a PostgreSQL server. Both speak the same SQL. */
export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Where it lives, for messages (a folder or a URL without password). */
  readonly location: string;
  /** Runs fn in one transaction: all of it is stored, or none. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// numeric and bigint come back as JS numbers (amounts and ids stay far below 2^53);
// dates stay 'yyyy-mm-dd' strings so no time zone ever shifts a day.
export const NUMERIC_OID = 1700;
export const INT8_OID = 20;
export const DATE_OID = 1082;
export const parseNumeric = (s: string): number => Number.parseFloat(s);
export const parseInt8 = (s: string): number => Number.parseInt(s, 10);
export const parseDate = (s: string): string => s;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(ongeldige DATABASE_URL)";
  }
}

/*
 * Long parameterised queries (the indicator engine's, the documents') take longer to plan than to
 * run: they are prepared once and kept with a generic plan, on both kinds (decision 091). The name
 * is a hash of the text, so another text never reuses a name.
 */
export const PREPARE_FROM_CHARS = 1000;
const statementNames = new Map<string, string>();
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `bb_${sha256(text).slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}
