import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RowIdentities } from "./row-identity";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("row identities", () => {
  it("numbers identical rows 1, 2, 3 … as a map of every row would, also after the table grows", () => {
    const ids = new RowIdentities();
    const seen = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      // Every 7th row repeats an earlier one.
      const identity = `visits\u001f2024-01-01\u001f${i % 7 === 0 ? i % 50 : i}`;
      const n = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, n);
      expect(ids.key(identity)).toBe(sha256(`${identity}\u001f${n}`));
    }
  });
});
