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
});
