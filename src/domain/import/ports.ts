/**
 * The database as the import needs it. The import is a bulk operation whose speed comes from
 * set-based SQL (unnest batches, ON CONFLICT on row identities), so its port is SQL itself rather
 * than a repository per table; `Database` from src/db/database.ts satisfies it, so callers pass it as is.
 */
export interface SqlQueryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface ImportDb extends SqlQueryable {
  tx<T>(fn: (q: SqlQueryable) => Promise<T>): Promise<T>;
}
