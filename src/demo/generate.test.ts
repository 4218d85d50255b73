import { describe, expect, it } from "vitest";
import { generateBundle } from "./generate";

describe("generateBundle", () => {
  it("is deterministic for a seed and different for another", () => {
    const a = generateBundle({ seed: 1, days: 20, peoplePerRoom: 20 });
    const b = generateBundle({ seed: 1, days: 20, peoplePerRoom: 20 });
    const c = generateBundle({ seed: 2, days: 20, peoplePerRoom: 20 });
    expect(a).toEqual(b);
    expect(a["visits.csv"]).not.toEqual(c["visits.csv"]);
  });

  it("writes the six rooms of the seeds and only declared persons", () => {
    const b = generateBundle({ seed: 3, days: 30, peoplePerRoom: 15 });
    const rooms = b["rooms.csv"].trim().split("\n").slice(1);
    expect(rooms.map((l) => l.split(",")[0])).toEqual([
      "cjm",
      "multibron",
      "handreiking",
      "top",
      "hvlr",
      "verbinding",
    ]);
    const declared = new Set(
      b["people.csv"]
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    );
    for (const line of b["visits.csv"].trim().split("\n").slice(1)) {
      const person = line.split(",")[4];
      if (person) expect(declared.has(person)).toBe(true);
    }
  });

  it("scales with the number of rooms", () => {
    const b = generateBundle({ seed: 4, rooms: 10, days: 5, peoplePerRoom: 5 });
    expect(b["rooms.csv"].trim().split("\n")).toHaveLength(11);
  });
});
