import { describe, expect, it } from "vitest";
import { computeOverview, median } from "./overview";
import type { OverviewRow } from "./ports";

const row = (p: Partial<OverviewRow>): OverviewRow => ({
  roomId: "cjm",
  partnerId: 1,
  partnerName: "Buurtteam",
  direction: "out",
  status: "pending",
  date: "2026-03-01",
  outcomeDate: null,
  reason: null,
  ...p,
});

describe("referral overview", () => {
  it("median of odd and even lists, null for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it("counts in/out, connected % of decided outgoing rows, days to connect and reasons", () => {
    const rows = [
      row({ status: "connected", outcomeDate: "2026-03-05" }),
      row({ status: "connected", outcomeDate: "2026-03-11" }),
      row({ status: "connected" }), // imported: no outcome date, counts for % only
      row({ status: "not_connected", reason: "no_show", partnerId: 2, partnerName: "Schuldhulp" }),
      row({ status: "pending" }),
      row({ direction: "in", status: "not_connected", roomId: "top" }),
      row({ direction: "in", status: "connected", outcomeDate: "2026-03-30" }),
    ];
    const o = computeOverview(rows, ["cjm", "top"]);
    expect(o.total.out).toEqual({ total: 5, connected: 3, notConnected: 1, pending: 1 });
    expect(o.total.in).toEqual({ total: 2, connected: 1, notConnected: 1, pending: 0 });
    expect(o.total.connectedPct).toBe(75);
    expect(o.total.medianDaysToConnect).toBe(7);
    expect(o.total.reasons).toEqual([
      { reason: "no_show", count: 1 },
      { reason: "unknown", count: 1 },
    ]);
    expect(o.rooms.map((r) => [r.roomId, r.in.total + r.out.total])).toEqual([
      ["cjm", 6],
      ["top", 1],
    ]);
    expect(o.partners.map((p) => [p.partnerName, p.connectedPct])).toEqual([
      ["Buurtteam", 100],
      ["Schuldhulp", 0],
    ]);
  });

  it("has no percentage when nothing outgoing is decided", () => {
    const o = computeOverview(
      [row({ status: "pending" }), row({ direction: "in", status: "connected" })],
      ["cjm"],
    );
    expect(o.total.connectedPct).toBeNull();
    expect(o.total.medianDaysToConnect).toBeNull();
  });
});
