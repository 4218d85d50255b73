import { describe, expect, it } from "vitest";
import { SERVER_URL } from "../tests/support/databases";
import { benchMemory } from "./memory.bench";
import { custom } from "./run";

// The memory benchmark's plumbing at a tiny size: bundles written to disk, each imported in a
// child process of its own, then the indicator table. Memory figures are never asserted: they
// depend on the machine; only that they were measured and that every row arrived.
describe("memory benchmark (tiny)", () => {
  it("imports each bundle from disk in a child and reports its peak RSS", async () => {
    const sizes = [custom("mem-smoke-a", 2, 1_000, 100), custom("mem-smoke-b", 2, 3_000, 100)];
    const figures = await benchMemory({ url: SERVER_URL, sizes, year: 2025 });
    expect(figures.map((f) => f.id)).toEqual([
      "memory.import.mem-smoke-a",
      "memory.import.mem-smoke-b",
      "memory.indicators.on_the_mem_smoke_b_data",
    ]);
    const [a, b, table] = figures;
    expect(b.rows).toBeGreaterThan(a.rows);
    expect(table.rows).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.db).toBe(SERVER_URL ? "postgres" : "pglite");
      expect(f.peakRssMb).toBeGreaterThanOrEqual(f.baselineRssMb);
      expect(f.baselineRssMb).toBeGreaterThan(0);
    }
  }, 300_000);
});
