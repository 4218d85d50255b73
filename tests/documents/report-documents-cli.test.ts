import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliOn } from "../support/cli";
import { xlsxSheets } from "./read-back";

describe("npm run cli -- report agreement|quarterly|annual", () => {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-doc-cli-"));
  const cli = cliOn(join(dir, "data"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a missing format with exit code 2, before opening the database", async () => {
    const r = await cli("report", "annual", "--rooms", "cjm", "--year", "2021", "--out", join(dir, "x.pdf"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format moet docx, pdf of xlsx zijn");
  }, 120_000);

  it("writes the agreement of the imported seed 004 bundle as XLSX", async () => {
    const imported = await cli("import", "tests/fixtures/finance/seed004");
    expect(imported.code).toBe(0);
    const out = join(dir, "afspraak.xlsx");
    const r = await cli(
      "report",
      "agreement",
      "--rooms",
      "cjm,multibron",
      "--year",
      "2021",
      "--format",
      "xlsx",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    const total = (await xlsxSheets(readFileSync(out)))
      .get("Begroting")!
      .find((row) => row.values[1] === "Totaal")!;
    expect(total.values.slice(2)).toEqual([125568, 157656, 283224]);
  }, 300_000);
});
