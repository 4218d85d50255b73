import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateBundle } from "./generate";
import { generateRoomBundles, optionsFromTotals } from "./generate-stream";

/** A short digest of a bundle: every file name and its exact bytes. */
function digest(bundle: Record<string, string>): string {
  const h = createHash("sha256");
  for (const name of Object.keys(bundle).sort())
    h.update(name).update("\0").update(bundle[name]).update("\0");
  return h.digest("hex").slice(0, 16);
}

const UNTIL = "2025-12-31";

/*
 * The generator moved from bench/ to src/demo/ (issue 17). These digests were taken from
 * bench/generate.ts before the move, with the benchmark's sizes (bench/run.ts SIZES) and the demo's
 * options: the benchmarks' figures stay comparable only while its output stays the same.
 */
describe("the generator's output with the benchmark's options", () => {
  it("is byte-identical for the tiny, demo and 8x3 sizes and the demo", () => {
    const bench = { until: UNTIL, peoplePerRoom: 220, visitsPerDay: 14 };
    expect({
      tiny: digest(
        generateBundle({ seed: 2021, rooms: 2, until: UNTIL, days: 30, peoplePerRoom: 30, visitsPerDay: 4 }),
      ),
      demo: digest(generateBundle({ seed: 2021, rooms: 6, days: 365, ...bench })),
      "8x3": digest(generateBundle({ seed: 2021, rooms: 8, days: 1095, ...bench })),
      demoApp: digest(generateBundle({ seed: 2021, until: "2026-12-04", days: 365 })),
    }).toEqual({
      tiny: "d7bdc0d72c7c8826",
      demo: "bfcaa2bdb31421aa",
      "8x3": "aef5c0c892472f98",
      demoApp: "81ab5bb8089025a4",
    });
  });

  it("is byte-identical for the first rooms of the national size (streamed room by room)", () => {
    const national = optionsFromTotals({
      rooms: 300,
      visits: 10_000_000,
      persons: 100_000,
      until: UNTIL,
      days: 1095,
    });
    const first = [...generateRoomBundles({ ...national, rooms: 3 })].map(digest);
    expect(first).toEqual(["ef635978a62c85a7", "54d803cdf41cbc72", "e63a7460316835d6"]);
  });
});
