import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliOn } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "buurtboek-generate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generate on the command line", { timeout: 600_000 }, () => {
  it("writes a synthetic bundle of the asked size that imports cleanly, with plain progress lines in a log", async () => {
    const cli = cliOn(join(dir, "data"));
    const out = join(dir, "bundle");
    const gen = await cli(
      "generate",
      "--rooms",
      "8",
      "--visits",
      "4000",
      "--persons",
      "400",
      "--days",
      "60",
      "--until",
      "2025-12-31",
      "--out",
      out,
    );
    expect(gen.code).toBe(0);
    expect(gen.stderr).toContain("Genereren: 100% (8/8 kamers");
    expect(readdirSync(out)).toContain("visits.csv");
    const rooms = readFileSync(join(out, "rooms.csv"), "utf8").trim().split("\n");
    expect(rooms).toHaveLength(9);
    const visits = readFileSync(join(out, "visits.csv"), "utf8").trim().split("\n").length - 1;
    expect(visits).toBeGreaterThan(3000);
    expect(visits).toBeLessThan(5000);

    const imported = await cli("import", out);
    expect(imported.stdout).not.toContain("afgewezen");
    expect(imported.code).toBe(0);
    expect((await cli("generate", "--rooms", "nul", "--out", out)).code).toBe(2);
  });
});
