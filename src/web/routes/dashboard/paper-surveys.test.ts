import { describe, expect, it } from "vitest";
import { parseScores, participantResponses } from "./paper-surveys";

describe("paper surveys", () => {
  it("makes one form per answer of the longest question, keeping every count", () => {
    const forms = participantResponses({ confidence: { yes: 2, no: 1 }, pleasant_living: { yes: 1, no: 0 } });
    expect(forms).toEqual([
      { confidence: "yes", pleasant_living: "yes" },
      { confidence: "yes" },
      { confidence: "no" },
    ]);
  });

  it("makes no forms from zero counts", () => {
    expect(
      participantResponses({ confidence: { yes: 0, no: 0 }, pleasant_living: { yes: 0, no: 0 } }),
    ).toEqual([]);
  });

  it("reads scores separated by spaces, commas or semicolons and names the first bad one", () => {
    expect(parseScores("8 7, 9;10")).toEqual({ scores: [8, 7, 9, 10] });
    expect(parseScores("8 11 7").bad).toBe("11");
    expect(parseScores("6.5").bad).toBe("6.5");
  });
});
