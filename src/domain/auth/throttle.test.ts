import { describe, expect, it } from "vitest";
import { Throttle } from "./throttle";

describe("Throttle", () => {
  it("lets a few failures pass, then locks with a growing delay", () => {
    const t = new Throttle(3);
    t.fail("a", 0);
    t.fail("a", 0);
    expect(t.waitMs("a", 0)).toBe(0);
    t.fail("a", 0);
    expect(t.waitMs("a", 0)).toBe(2000);
    t.fail("a", 0);
    expect(t.waitMs("a", 0)).toBe(4000);
    expect(t.waitMs("b", 0)).toBe(0);
    t.succeed("a");
    expect(t.waitMs("a", 0)).toBe(0);
  });

  it("counts a claim before the check, so only FREE claims pass at once", () => {
    const t = new Throttle(5);
    const passed = Array.from({ length: 60 }, () => t.claim("a", 0)).filter((w) => w === 0);
    expect(passed).toHaveLength(5);
    // After the lock one claim passes and locks again.
    const later = Array.from({ length: 100 }, () => t.claim("a", 10_000)).filter((w) => w === 0);
    expect(later).toHaveLength(1);
  });

  it("forgets keys that were quiet for an hour, and the oldest beyond its size", () => {
    const t = new Throttle(5, 15 * 60_000, 60 * 60_000, 3);
    for (let i = 0; i < 1000; i++) t.claim(`x${i}@x.nl`, 0);
    expect(t.size).toBeLessThanOrEqual(4);
    t.claim("late@x.nl", 2 * 60 * 60_000);
    expect(t.size).toBe(1);
  });
});
