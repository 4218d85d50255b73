import { describe, expect, it } from "vitest";
import { INDICATOR_IDS, INDICATORS, indicatorDefinition, isCountIndicator } from "./definitions";
import { combineTargets, presetKind, resolveTargets, roomTargets, type TargetOverride } from "./targets";

const light = { id: "l", variant: "light" as const, opened: "2019-05-01" };
const young = { id: "y", variant: "full" as const, opened: "2019-05-01" };
const old = { id: "o", variant: "full" as const, opened: "2011-01-01" };

describe("definitions", () => {
  it("hold the 27 indicators of DOMAIN §5, each id once", () => {
    expect(INDICATOR_IDS).toHaveLength(27);
    expect(new Set(INDICATOR_IDS).size).toBe(27);
    for (const d of INDICATORS) expect(d.id.startsWith(`${d.group}.`)).toBe(true);
  });

  it("flag what matters to housing corporations (seed 000 §3B)", () => {
    expect(INDICATORS.filter((d) => d.housing).map((d) => d.id)).toEqual([
      "impact.evictions",
      "impact.nuisance",
      "output.newcomers_participating",
      "process.jobs",
      "process.forms",
      "process.debt",
    ]);
  });

  it("count indicators are output, process and evictions", () => {
    expect(INDICATOR_IDS.filter(isCountIndicator)).toHaveLength(1 + 10 + 8);
    expect(isCountIndicator("impact.confidence")).toBe(false);
    expect(isCountIndicator("input.team_score")).toBe(false);
  });

  it("carry the seed's presets", () => {
    expect(indicatorDefinition("process.total").presets).toEqual({
      light: { target: 150, tooEarly: false, targetOf: null },
      full_start: { target: 300, tooEarly: false, targetOf: null },
      full: { target: 400, tooEarly: false, targetOf: null },
    });
    expect(indicatorDefinition("output.newcomers_participating").presets.light).toEqual({
      target: 5,
      tooEarly: false,
      targetOf: 10,
    });
    expect(indicatorDefinition("impact.evictions").presets.full_start.tooEarly).toBe(true);
    expect(indicatorDefinition("impact.evictions").presets.full.target).toBe(5);
  });
});

describe("presetKind", () => {
  it("light rooms use light; full rooms full_start in the opening year and the two after", () => {
    expect(presetKind(light, 2030)).toBe("light");
    expect(presetKind(young, 2019)).toBe("full_start");
    expect(presetKind(young, 2021)).toBe("full_start");
    expect(presetKind(young, 2022)).toBe("full");
    expect(presetKind(young, 2018)).toBe("full_start");
    expect(presetKind({ id: "x", variant: "full", opened: null }, 2021)).toBe("full");
  });
});

describe("roomTargets", () => {
  it("gives presets with too early and x of y", () => {
    const l = roomTargets(light, 2021, []);
    expect(l["output.members"]).toEqual({ target: null, target_of: null, target_status: "too_early" });
    expect(l["output.referred_participating"]).toEqual({ target: 5, target_of: 10, target_status: "set" });
    expect(l["impact.confidence"].target_status).toBe("too_early");
    const y = roomTargets(young, 2021, []);
    expect(y["impact.confidence"]).toEqual({ target: 50, target_of: null, target_status: "set" });
    expect(y["output.key_holders"].target).toBe(10);
    expect(roomTargets(old, 2021, [])["output.key_holders"].target).toBe(15);
  });

  it("lets the targets table override, for its own room and year only", () => {
    const rows: TargetOverride[] = [
      { roomId: "o", year: 2021, indicator: "process.social", target: 350, tooEarly: false, targetOf: null },
      { roomId: "o", year: 2021, indicator: "output.members", target: null, tooEarly: true, targetOf: null },
      { roomId: "o", year: 2020, indicator: "process.jobs", target: 1, tooEarly: false, targetOf: null },
      { roomId: "y", year: 2021, indicator: "process.jobs", target: 2, tooEarly: false, targetOf: null },
      {
        roomId: "o",
        year: 2021,
        indicator: "output.newcomers_participating",
        target: 20,
        tooEarly: false,
        targetOf: 40,
      },
    ];
    const t = roomTargets(old, 2021, rows);
    expect(t["process.social"]).toEqual({ target: 350, target_of: null, target_status: "set" });
    expect(t["output.members"].target_status).toBe("too_early");
    expect(t["process.jobs"].target).toBe(40);
    expect(t["output.newcomers_participating"]).toEqual({ target: 20, target_of: 40, target_status: "set" });
  });
});

describe("combined targets of several rooms", () => {
  it("add up count indicators when every room has a number", () => {
    const t = resolveTargets([light, young, old], 2021, []);
    expect(t["process.total"]).toEqual({ target: 150 + 300 + 400, target_of: null, target_status: "set" });
    expect(t["output.referred_participating"]).toEqual({ target: 25, target_of: 50, target_status: "set" });
    // Light has no members target yet: no sum.
    expect(t["output.members"]).toEqual({ target: null, target_of: null, target_status: "none" });
  });

  it("give no target for percentages and means, even when equal", () => {
    const t = resolveTargets([young, young], 2021, []);
    expect(t["impact.confidence"]).toEqual({ target: null, target_of: null, target_status: "none" });
    expect(t["input.team_score"].target_status).toBe("none");
  });

  it("sum evictions only when both rooms are established", () => {
    expect(resolveTargets([old, old], 2021, [])["impact.evictions"].target).toBe(10);
    expect(resolveTargets([old, young], 2021, [])["impact.evictions"].target_status).toBe("none");
  });

  it("keep a single room's target as it is, and give none over several years", () => {
    expect(
      combineTargets("impact.confidence", [{ target: 50, target_of: null, target_status: "set" }]),
    ).toEqual({ target: 50, target_of: null, target_status: "set" });
    expect(resolveTargets([old], null, [])["process.total"].target_status).toBe("none");
  });
});
