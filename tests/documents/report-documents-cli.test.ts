import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { xlsxSheets } from "./read-back";

const run = promisify(execFile);

describe("npm run cli -- report agreement|quarterly|annual", () => {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-doc-cli-"));
  const cli = async (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, BUURTBOEK_DATA: join(dir, "data") };
    delete env.DATABASE_URL;
    try {
      const { stdout, stderr } = await run("npx", ["tsx", "src/cli/main.ts", ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
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
