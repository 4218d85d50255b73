import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type DbKind, type ResultsFile, runBench, SIZES } from "../../bench/run";
import { SERVER_URL } from "../support/databases";

// The harness runs and writes what BENCHMARKS.md is made from. Timings are never asserted: on a
// shared machine they measure the neighbours as much as the code.
describe("benchmark harness (tiny size)", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dbs: DbKind[] = SERVER_URL ? ["pglite", "postgres"] : ["pglite"];

  it("runs every benchmark and writes valid JSON with medians, the reference and the machine", async () => {
    const out = join(dir, "results.json");
    const markdown = join(dir, "BENCHMARKS.md");
    await runBench({
      size: SIZES.tiny,
      dbs,
      runs: 1,
      url: SERVER_URL,
      out,
      markdown,
      explainFile: SERVER_URL ? join(dir, "explain.md") : undefined,
      skip: ["report", "dashboard", "load"],
    });
    const file = JSON.parse(readFileSync(out, "utf8")) as ResultsFile;
    const run = file.results.tiny;
    expect(run.size.rooms).toBe(2);
    expect(Object.keys(run.machine)).toEqual(expect.arrayContaining(["cpu", "cores", "node"]));
    for (const kind of dbs) {
      const d = run.databases[kind];
      expect(d?.visits).toBeGreaterThan(0);
      expect(d?.referenceMatches).toBe(true);
      const ids = d?.figures.map((f) => f.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          "import",
          "desk.register",
          "desk.today",
          "indicators.roomYear",
          "reference.roomYear",
          "indicators.allRooms",
          "reference.allRooms",
        ]),
      );
      for (const f of d?.figures ?? []) {
        expect(f.min).toBeLessThanOrEqual(f.median);
        expect(f.median).toBeLessThanOrEqual(f.max);
      }
      expect(d?.figures.find((f) => f.id === "indicators.allRooms")?.ratioToReference).toBeGreaterThan(0);
    }
    if (SERVER_URL) expect(run.pgliteToServer["indicators.allRooms"]).toBeGreaterThan(0);
    expect(readFileSync(markdown, "utf8")).toContain("<!-- bench:start -->");
  }, 240_000);
});
