import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateBundle } from "./generate";
import { generateRoomBundles, openDayWeight, roomSpec, writeBundleFiles } from "./generate-stream";

const opts = { seed: 7, rooms: 8, until: "2025-12-31", days: 20, peoplePerRoom: 30, visitsPerDay: 3 };

describe("streaming generator", () => {
  it("names rooms as generateBundle does: the six seed rooms, then r0007 …", () => {
    const ids = generateBundle({ seed: 1, rooms: 8, days: 5, peoplePerRoom: 30 })
      ["rooms.csv"].trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]);
    expect(Array.from({ length: 8 }, (_, i) => roomSpec(i).id)).toEqual(ids);
  });

  it("writes each file with one header and every room's rows, the same on a second run", () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-stream-"));
    try {
      const counts = writeBundleFiles(dir, opts);
      const perRoom = [...generateRoomBundles(opts)];
      expect(perRoom).toHaveLength(8);
      const expected = perRoom.reduce((n, b) => n + b["visits.csv"].trim().split("\n").length - 1, 0);
      const text = readFileSync(join(dir, "visits.csv"), "utf8");
      const lines = text.trim().split("\n");
      expect(lines.filter((l) => l.startsWith("date,room,")).length).toBe(1);
      expect(lines.length - 1).toBe(expected);
      expect(counts["visits.csv"]).toBe(expected);
      expect(writeBundleFiles(join(dir, "again"), opts)).toEqual(counts);
      expect(readFileSync(join(dir, "again", "visits.csv"), "utf8")).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("weighs open days: Sundays closed, Saturdays at 0.4", () => {
    // 2025-12-29 (Mon) … 2025-12-31 (Wed) is three full days; a week is 5 + 0.4.
    expect(openDayWeight("2025-12-31", 3)).toBe(3);
    expect(openDayWeight("2025-12-31", 7)).toBeCloseTo(5.4);
  });
});
