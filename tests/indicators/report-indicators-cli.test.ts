import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UsageError } from "../../src/cli/command";
import { reportIndicatorsCommand } from "../../src/cli/commands/report-indicators";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { INDICATOR_IDS } from "../../src/domain/indicators/definitions";
import { cliOn } from "../support/cli";
import { BUNDLE } from "./fixture";

/** The extra fields INTERCHANGE names, per indicator; the others have none. */
const EXTRAS: Record<string, string[]> = {
  "process.social": ["named"],
  "process.computer": ["named"],
  "process.language": ["named"],
  "process.forms": ["named"],
  "process.debt": ["named"],
  "process.work": ["named"],
  "process.total": ["named"],
  "output.active_volunteers": ["hours", "avg_hours"],
  "output.referred_participating": ["of"],
  "output.newcomers_participating": ["of"],
  "output.referrals": ["connected_pct"],
  "input.budget_balanced": ["met"],
};

describe("npm run cli -- report indicators", () => {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-ind-cli-"));
  const cli = cliOn(dir);

  beforeAll(async () => {
    // Start from the migrated template of tests/support/global-setup.ts: initdb is slow.
    const template = process.env.BUURTBOEK_TEST_TEMPLATE;
    const db = await openPglite(dir, template ? new Blob([readFileSync(template)]) : undefined);
    await migrate(db);
    const result = await importBundle({ db }, bundleFromCsvTexts(BUNDLE));
    expect(result.rejected).toEqual([]);
    await db.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints exactly the INTERCHANGE object", async () => {
    const { code, stdout } = await cli(
      "report",
      "indicators",
      "--rooms",
      "b,a",
      "--year",
      "2021",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["rooms", "from", "to", "indicators"]);
    expect(report.rooms).toEqual(["a", "b"]);
    expect([report.from, report.to]).toEqual(["2021-01-01", "2021-12-31"]);
    // Every indicator of §5 first, unchanged; then the growth figures (docs/indicators.md).
    const keys = Object.keys(report.indicators);
    expect(keys.slice(0, INDICATOR_IDS.length)).toEqual([...INDICATOR_IDS]);
    expect(keys.slice(INDICATOR_IDS.length).every((k) => k.startsWith("growth."))).toBe(true);
    expect(keys).toContain("growth.reached.medewerker");
    for (const id of INDICATOR_IDS) {
      expect(Object.keys(report.indicators[id]), id).toEqual([
        "value",
        "target",
        "target_of",
        "target_status",
        ...(EXTRAS[id] ?? []),
      ]);
      expect(["set", "too_early", "none"]).toContain(report.indicators[id].target_status);
    }
    // a and b: p1 counted once (see indicators-db.test.ts).
    expect(report.indicators["process.total"]).toEqual({
      value: 10,
      target: 400 + 150,
      target_of: null,
      target_status: "set",
      named: 4,
    });
    expect(report.indicators["input.budget_balanced"]).toEqual({
      value: 2999.75,
      target: null,
      target_of: null,
      target_status: "none",
      met: true,
    });
  }, 60_000);

  it("takes --from/--to and all rooms, and refuses bad usage before opening the database", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const before = process.env.BUURTBOEK_DATA;
    process.env.BUURTBOEK_DATA = dir;
    const runWith = (values: Record<string, string | undefined>) =>
      reportIndicatorsCommand.run({ values, positionals: [] });
    try {
      expect(await runWith({ rooms: "all", from: "01-01-2021", to: "2021-03-31" })).toBe(0);
      const report = JSON.parse(log.mock.calls[0][0] as string);
      expect(report.rooms).toEqual(["a", "b", "c"]);
      expect(report.to).toBe("2021-03-31");
      expect(report.indicators["process.total"].named).toBe(2);
      const refused: Record<string, string>[] = [
        { year: "2021" },
        { rooms: "a" },
        { rooms: "a", year: "21" },
        { rooms: "a", year: "2021", format: "csv" },
        { rooms: "a", from: "2021-05-01", to: "2021-04-01" },
        { rooms: "a", year: "2021", to: "31-02-2021" },
      ];
      for (const values of refused) {
        await expect(runWith(values), JSON.stringify(values)).rejects.toBeInstanceOf(UsageError);
      }
    } finally {
      if (before === undefined) delete process.env.BUURTBOEK_DATA;
      else process.env.BUURTBOEK_DATA = before;
      log.mockRestore();
    }
  }, 60_000);

  it("exits 1 with a Dutch message for an unknown room", async () => {
    const unknown = await cli("report", "indicators", "--rooms", "a,zz", "--year", "2021");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Deze kamer bestaat niet: zz");
    expect(unknown.stdout).toBe("");
  }, 60_000);
});
