import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { freshDatabase } from "../support/databases";

// A long query (≥ 1,000 characters) goes through PREPARE/EXECUTE with literals on PGlite
// (decision 091): every value must arrive exactly as it would have been bound.
const LONG = `/* ${"x".repeat(1000)} */`;

describe("PGlite prepared statements with literal parameters", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase("pglite");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("passes hostile strings, arrays, numbers, booleans, dates and nulls exactly", async () => {
    const hostile = [
      "it's",
      'quo"te',
      "back\\slash",
      "comma,brace}{",
      "NULL",
      "",
      "'); DROP TABLE rooms; --",
      null,
    ];
    for (let i = 0; i < 3; i++) {
      const [row] = await db.query<{
        a: (string | null)[];
        s: string;
        n: number;
        b: boolean;
        d: string;
        z: null;
      }>(
        `SELECT $1::text[] AS a, $2::text AS s, $3::int AS n, $4::boolean AS b, $5::date AS d, $6::text AS z ${LONG}`,
        [hostile, 'O\'Brien \\ "x" $1', 42, true, "2025-02-28", null],
      );
      expect(row).toEqual({ a: hostile, s: 'O\'Brien \\ "x" $1', n: 42, b: true, d: "2025-02-28", z: null });
    }
    expect(await db.query("SELECT count(*)::int AS n FROM rooms")).toEqual([{ n: 0 }]);
  });

  it("falls back to binding for values without an exact literal, and inside transactions", async () => {
    const [row] = await db.query<{ n: string }>(`SELECT $1::bigint::text AS n ${LONG}`, [9007199254740993n]);
    expect(row.n).toBe("9007199254740993");
    const inTx = await db.tx((q) =>
      q.query<{ s: string }>(`SELECT $1::text AS s ${LONG}`, ["in a transaction"]),
    );
    expect(inTx).toEqual([{ s: "in a transaction" }]);
  });
});
