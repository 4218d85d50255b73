import { expect, it } from "vitest";
import { migrate, migrationFiles } from "../../src/db/migrate";
import { describeEachDatabase } from "../support/databases";

describeEachDatabase("migrations", (db) => {
  it("apply every file once and are a no-op the second time", async () => {
    const d = await db();
    const applied = await d.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
    expect(applied.map((r) => r.name)).toEqual(migrationFiles());
    expect(await migrate(d)).toEqual([]);
  });

  it("returns numbers as numbers and dates as plain strings", async () => {
    const d = await db();
    const [row] = await d.query<{ n: number; b: number; day: string }>(
      "SELECT 1.5::numeric AS n, 42::bigint AS b, '2021-03-04'::date AS day",
    );
    expect(row).toEqual({ n: 1.5, b: 42, day: "2021-03-04" });
  });

  it("rolls a failed transaction back completely", async () => {
    const d = await db();
    await expect(
      d.tx(async (q) => {
        await q.query("INSERT INTO rooms (id, name) VALUES ('x1', 'Kamer X')");
        await q.query("INSERT INTO rooms (id, name) VALUES ('x1', 'dubbel')");
      }),
    ).rejects.toThrow();
    expect(await d.query("SELECT id FROM rooms WHERE id = 'x1'")).toEqual([]);
  });
});
