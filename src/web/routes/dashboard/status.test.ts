import { describe, expect, it } from "vitest";
import { barShares, type DashboardRow, formatTarget, formatValue, indicatorStatus } from "./status";

const row = (over: Partial<DashboardRow>): DashboardRow => ({
  group: "process",
  nl: "",
  en: "",
  housing: false,
  target: 100,
  target_of: null,
  target_status: "set",
  value: 50,
  series: [],
  projection: 50,
  ...over,
});

describe("indicator status", () => {
  it("calls a count on track when its projection reaches the target", () => {
    expect(indicatorStatus("process.total", row({ value: 50, projection: 120 }))).toEqual({
      kind: "on_track",
      pct: 50,
    });
    expect(indicatorStatus("process.total", row({ value: 50, projection: 80 })).kind).toBe("not_yet");
    expect(indicatorStatus("process.total", row({ value: 100, projection: 100 })).kind).toBe("reached");
  });

  it("judges percentages as they stand, not by projection", () => {
    const r = row({ group: "impact", target: 50, value: 40, projection: 40 });
    expect(indicatorStatus("impact.confidence", r).kind).toBe("not_yet");
  });

  it("knows too early, no target, no data, the audit and the budget", () => {
    expect(indicatorStatus("impact.nuisance", row({ target_status: "too_early", target: null })).kind).toBe(
      "too_early",
    );
    expect(indicatorStatus("process.total", row({ target_status: "none", target: null })).kind).toBe("none");
    expect(indicatorStatus("process.total", row({ value: null })).kind).toBe("no_data");
    expect(indicatorStatus("input.spending_accounted", row({ target: null, value: "positive" })).kind).toBe(
      "reached",
    );
    expect(indicatorStatus("input.budget_balanced", row({ target: 0, value: -10 }))).toEqual({
      kind: "not_yet",
      pct: null,
    });
  });
});

describe("formatting", () => {
  it("shows percentages, scores and money in their own way", () => {
    expect(formatValue("impact.confidence", 66.666, "nl")).toBe("67%");
    expect(formatValue("input.team_score", 7.25, "nl")).toBe("7,3");
    expect(formatValue("process.total", 1234, "nl")).toBe("1.234");
  });

  it("shows an x-of-y target and the budget's 'positive'", () => {
    expect(
      formatTarget(
        "output.referred_participating",
        { target: 10, target_of: 20, target_status: "set" },
        "nl",
      ),
    ).toEqual({ text: "10 / 20", kind: "number" });
    expect(
      formatTarget("input.budget_balanced", { target: 0, target_of: null, target_status: "set" }, "nl").kind,
    ).toBe("positive");
  });

  it("scales count bars to their highest point and percentage bars to 100", () => {
    expect(barShares("process.total", [10, 20, 40, null])).toEqual([0.25, 0.5, 1, null]);
    expect(barShares("process.total", [0, 0])).toEqual([0, 0]);
    expect(barShares("impact.confidence", [50])).toEqual([0.5]);
  });
});
