import { describe, expect, it } from "vitest";
import { cooperativeEligibility } from "./cooperative-membership";
import { checkStage, currentStage, periodsOverlap } from "./ladder";

describe("ladder", () => {
  const s = (stage: string, from: string, to: string | null = null, roomId = "r1") =>
    ({ stage, roomId, from, to }) as Parameters<typeof checkStage>[0];

  it("takes the highest open stage as the current one", () => {
    const stages = [
      s("deelnemer", "2024-01-01"),
      s("vrijwilliger", "2024-03-01", "2024-05-31"),
      s("lid", "2024-02-01"),
    ];
    expect(currentStage(stages, "2024-04-01")).toBe("vrijwilliger");
    expect(currentStage(stages, "2024-06-01")).toBe("lid");
    expect(currentStage(stages, "2023-12-31")).toBeNull();
    expect(currentStage(stages, "2024-04-01", "r2")).toBeNull();
  });

  it("refuses a stage that ends before it starts, or overlaps the same stage in the same room", () => {
    expect(checkStage(s("lid", "2024-03-01", "2024-02-28"), [])).toBe("ends_before_start");
    expect(checkStage(s("lid", "2024-03-01", "2024-03-01"), [])).toBeNull();
    expect(checkStage(s("lid", "2024-03-01"), [s("lid", "2023-01-01", "2024-03-01")])).toBe(
      "overlaps_same_stage",
    );
    expect(checkStage(s("lid", "2024-03-02"), [s("lid", "2023-01-01", "2024-03-01")])).toBeNull();
    expect(checkStage(s("lid", "2024-03-01"), [s("lid", "2023-01-01", null, "r2")])).toBeNull();
    expect(checkStage(s("vrijwilliger", "2024-03-01"), [s("deelnemer", "2023-01-01")])).toBeNull();
  });

  it("treats open ends as running forever", () => {
    expect(periodsOverlap({ from: "2024-01-01", to: null }, { from: "2030-01-01", to: "2030-01-02" })).toBe(
      true,
    );
    expect(periodsOverlap({ from: "2024-01-01", to: "2024-01-31" }, { from: "2024-02-01", to: null })).toBe(
      false,
    );
  });

  it("makes more than 100 hours in six months, a board seat or a job count for cooperative membership", () => {
    expect(cooperativeEligibility([], 100, "2024-06-15")).toMatchObject({ eligible: false, reason: null });
    expect(cooperativeEligibility([], 100.5, "2024-06-15")).toMatchObject({
      eligible: true,
      reason: "hours",
    });
    expect(cooperativeEligibility([s("medewerker", "2024-01-01")], 0, "2024-06-15").reason).toBe("employee");
    expect(
      cooperativeEligibility([s("bestuursvrijwilliger", "2020-01-01", "2023-12-31")], 0, "2024-06-15")
        .eligible,
    ).toBe(false);
    expect(cooperativeEligibility([], 0, "2024-06-15")).toMatchObject({
      windowFrom: "2023-12-15",
      windowTo: "2024-06-15",
    });
  });
});
