import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { restorePostgres, snapshotDatabase, tableChecksums } from "../../src/db/backup";
import type { Database } from "../../src/db/database";
import { openPglite } from "../../src/db/pglite";
import { backupKind, openBackup, sealBackup } from "../../src/domain/backup/envelope";
import { writeDailyBackup } from "../../src/server/backup-timer";
import { describeEachDatabase, freshDatabase } from "../support/databases";
import { request, securityFixture } from "./fixture";

const PASS = "een lange backup-zin 2026";

describeEachDatabase("backup and restore: encrypted, same rows and checksums per table", (db) => {
  let d: Database;
  beforeAll(async () => {
    d = await db();
    const fx = await securityFixture(d);
    // Some data through the API, so the audit log, sessions and people all have rows.
    await request(fx.app, "POST", "/api/rooms/a/desk/people", {
      cookie: fx.cookies.desk,
      body: JSON.stringify({ firstName: "Ann", consent: true }),
    });
    await request(fx.app, "GET", "/api/audit-log", { cookie: fx.cookies.cooperative });
    // A desk visit (the ladder derives bezoeker and deelnemer from it), whose stages were removed
    // afterwards by hand: a restore must not derive them again, nor double the visit roll-ups.
    const [act] = await d.query<{ id: number }>(
      "INSERT INTO activities (room_id, type, name) VALUES ('a', 'social', 'Inloop backup') RETURNING id",
    );
    const res = await request(fx.app, "POST", "/api/rooms/a/desk/people", {
      cookie: fx.cookies.desk,
      body: JSON.stringify({ firstName: "Bob", consent: true, activityId: act.id, key: "backup-test-bob-1" }),
    });
    const { person } = (await res.json()) as { person: { id: number } };
    expect(await d.query("SELECT 1 FROM stages WHERE person_id = $1", [person.id])).toHaveLength(2);
    await d.query("DELETE FROM stages WHERE person_id = $1", [person.id]);
  }, 120_000);

  it("restores every table with the same row count and checksum", async () => {
    const before = await tableChecksums(d);
    expect(before.users.rows).toBe(5);
    expect(before.audit_log.rows).toBeGreaterThan(0);
    const file = sealBackup(await snapshotDatabase(d), d.kind, PASS);
    expect(backupKind(file)).toBe(d.kind);
    // The plaintext must not be readable in the file.
    expect(file.includes(Buffer.from("desk@sec.nl"))).toBe(false);
    const { snapshot, kind } = openBackup(file, PASS);
    let restored: Database;
    if (kind === "pglite") {
      restored = await openPglite(undefined, new Blob([new Uint8Array(snapshot)]));
    } else {
      restored = await freshDatabase("postgres");
      await restored.query("INSERT INTO rooms (id, name, city, variant) VALUES ('zz', 'Weg', 'X', 'full')");
      const counts = await restorePostgres(restored, snapshot);
      expect(counts.users).toBe(5);
    }
    try {
      const after = await tableChecksums(restored);
      expect(after).toEqual(before);
      expect(before.visits.rows).toBe(1);
      const rollup = await restored.query<{ n: number }>(
        "SELECT sum(m01 + m02 + m03 + m04 + m05 + m06 + m07 + m08 + m09 + m10 + m11 + m12)::int AS n FROM visit_rollup_persons",
      );
      expect(rollup[0].n).toBe(1);
      // Ids continue after the restored ones, and the audit log is append-only again.
      await restored.query("INSERT INTO audit_log (action) VALUES ('after_restore')");
      await expect(restored.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it("refuses a wrong passphrase, a changed byte and a file that is no backup", async () => {
    const file = sealBackup(Buffer.from("klein"), "postgres", PASS);
    expect(openBackup(file, PASS).snapshot.toString()).toBe("klein");
    expect(() => openBackup(file, "een ander wachtwoord")).toThrow(/wachtwoord is fout/);
    const changed = Buffer.from(file);
    changed[changed.length - 1] ^= 1;
    expect(() => openBackup(changed, PASS)).toThrow(/beschadigd/);
    const kindSwapped = Buffer.from(file);
    kindSwapped[9] = 1;
    expect(() => openBackup(kindSwapped, PASS)).toThrow(/beschadigd/);
    expect(() =>
      openBackup(Buffer.from("PK\u0003\u0004 not a backup at all........................"), PASS),
    ).toThrow(/geen Buurtboek-backup/);
    expect(() => sealBackup(Buffer.from("x"), "pglite", "kort")).toThrow(/12 tekens/);
  });
});

describe("daily backup with a retention count", () => {
  it("writes a dated, encrypted file and keeps only the newest ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bb-backups-"));
    const d = await freshDatabase("pglite");
    try {
      for (const day of ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]) {
        await writeDailyBackup(d, { dir, passphrase: PASS, keep: 2, now: new Date(`${day}T02:00:00Z`) });
      }
      expect(readdirSync(dir).sort()).toEqual(["buurtboek-2026-01-03.bbk", "buurtboek-2026-01-04.bbk"]);
      const { kind } = openBackup(readFileSync(join(dir, "buurtboek-2026-01-04.bbk")), PASS);
      expect(kind).toBe("pglite");
    } finally {
      await d.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
