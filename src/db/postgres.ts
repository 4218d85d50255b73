import pg from "pg";
import {
  DATE_OID,
  type Database,
  INT8_OID,
  NUMERIC_OID,
  PREPARE_FROM_CHARS,
  parseDate,
  parseInt8,
  parseNumeric,
  type Queryable,
  redactUrl,
  statementName,
} from "./database";

pg.types.setTypeParser(NUMERIC_OID, parseNumeric);
pg.types.setTypeParser(INT8_OID, parseInt8);
pg.types.setTypeParser(DATE_OID, parseDate);

// Named statements with generic plans: see statementName in database.ts and decision 091.
// PostgreSQL's own choice ("auto") kept re-planning the indicator figures for every call.
/** The URL with plan_cache_mode=force_generic_plan added to its startup options (see above). */
function withGenericPlans(url: string): string {
  try {
    const u = new URL(url);
    const options = [u.searchParams.get("options"), "-c plan_cache_mode=force_generic_plan"];
    u.searchParams.set("options", options.filter(Boolean).join(" "));
    return u.toString();
  } catch {
    return url;
  }
}

/** Opens a pool to a PostgreSQL server; fails fast with the URL (without password) when unreachable. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: withGenericPlans(url), max, connectionTimeoutMillis: 5000 });
  // Errors on idle clients (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});

  const client = await pool.connect();
  client.release();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(text: string, params?: readonly unknown[]) {
      const res = await q.query(
        params && text.length >= PREPARE_FROM_CHARS
          ? { name: statementName(text), text, values: params as unknown[] }
          : { text, values: params as unknown[] | undefined },
      );
      return res.rows as T[];
    },
    async exec(text: string) {
      await q.query(text);
    },
  });
  return {
    kind: "postgres",
    location: redactUrl(url),
    ...wrap(pool),
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        const result = await fn(wrap(c));
        await c.query("COMMIT");
        return result;
      } catch (err) {
        await c.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
