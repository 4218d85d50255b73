import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { csvCell } from "../../src/domain/security/list-audit-log";
import { describeEachDatabase } from "../support/databases";
import { request, type SecurityFixture, securityFixture } from "./fixture";

describeEachDatabase("audit log: append-only, viewable and exportable by the cooperative", (db) => {
  let d: Database;
  let fx: SecurityFixture;
  beforeAll(async () => {
    d = await db();
    fx = await securityFixture(d);
  }, 120_000);

  it("refuses UPDATE, DELETE and TRUNCATE on audit_log, but accepts new rows", async () => {
    await d.query("INSERT INTO audit_log (action) VALUES ('test_entry')");
    await expect(d.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(d.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    await expect(d.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    const [{ n }] = await d.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'test_entry'",
    );
    expect(n).toBe(1);
  });

  it("shows the log, newest first and filtered, to the cooperative only", async () => {
    const res = await request(fx.app, "GET", "/api/audit-log?action=login", {
      cookie: fx.cookies.cooperative,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.entries.length).toBeGreaterThanOrEqual(5);
    expect(body.entries.every((e: { action: string }) => e.action === "login")).toBe(true);
    const ids = body.entries.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(body.actions).toContain("login");
    const coord = await request(fx.app, "GET", "/api/audit-log", { cookie: fx.cookies.coordinator });
    expect(coord.status).toBe(403);
    const bad = await request(fx.app, "GET", "/api/audit-log?from=2026-02-30", {
      cookie: fx.cookies.cooperative,
    });
    expect(bad.status).toBe(400);
  });

  it("exports CSV, and writes the export itself to the log", async () => {
    const res = await request(fx.app, "GET", "/api/audit-log/export", { cookie: fx.cookies.cooperative });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const csv = await res.text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0].replace(/^\uFEFF/, "")).toBe("id,at,user_id,user,action,room,person_id,details");
    expect(lines.some((l) => l.includes(",login,"))).toBe(true);
    expect(lines[1]).toContain("audit_export");
  });

  it("defuses spreadsheet formulas and quotes cells", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell('a "b", c')).toBe(`"a ""b"", c"`);
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
  });
});
