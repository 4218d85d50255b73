import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command";
import { reportFinanceCommand } from "../../src/cli/commands/report-finance";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";
import { importBundle } from "../../src/domain/import/import-bundle";
import { readBundle } from "../../src/domain/import/read-bundle";
import { cliOn } from "../support/cli";
import { FIXTURES } from "./fixture-csv";

describe("npm run cli -- report finance", () => {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-fin-cli-"));
  const cli = cliOn(dir);

  beforeAll(async () => {
    const template = process.env.BUURTBOEK_TEST_TEMPLATE;
    const db = await openPglite(dir, template ? new Blob([readFileSync(template)]) : undefined);
    await migrate(db);
    const result = await importBundle({ db }, await readBundle(join(FIXTURES, "seed003")));
    expect(result.rejected).toEqual([]);
    await db.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints exactly the INTERCHANGE object for seed 003's three rooms", async () => {
    const { code, stdout } = await cli(
      "report",
      "finance",
      "--rooms",
      "all",
      "--year",
      "2021",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(Object.keys(r).sort()).toEqual(
      ["costs", "financing", "hours", "popular", "popular_planned", "ratios", "rooms", "year"].sort(),
    );
    expect(r.rooms).toEqual(["hvlr", "top", "zuilen"]);
    expect(r.year).toBe(2021);
    expect(r.costs).toEqual({
      A: 163476,
      B: 101724,
      C: 53340,
      D: 20916,
      E: 6120,
      indirect: 28080,
      total: 345576,
    });
    expect(Object.keys(r.ratios).sort()).toEqual(["overhead", "people", "sroi"]);
    expect(r.ratios.sroi).toBeCloseTo(101724 / 345576, 12);
    expect(r.financing).toEqual({
      by_type: {
        municipality: 225000,
        benefit_agency: 27000,
        housing_corporation: 40000,
        private_fund: 28000,
        health_insurer: 24000,
        own_income: 1500,
      },
      formal: 345500,
      balance: -76,
    });
    expect(r.hours).toEqual({ volunteer: 18750, staff_unpaid: 1500 });
    const popular = {
      volunteer_value: 206250,
      staff_value: 55500,
      total: 607250,
      formal_share: 345500 / 607250,
    };
    expect(r.popular).toEqual(popular);
    expect(r.popular_planned).toEqual(popular);
  }, 150_000);

  it("refuses usage errors before opening the database (exit 2 in the CLI)", async () => {
    const usage = (values: Record<string, string>) => reportFinanceCommand.run({ values, positionals: [] });
    await expect(usage({ rooms: "top", year: "21" })).rejects.toThrow(UsageError);
    await expect(usage({ year: "2021" })).rejects.toThrow(/--rooms ontbreekt/);
    await expect(usage({ rooms: "top", year: "2021", format: "xml" })).rejects.toThrow(UsageError);
  });
});
