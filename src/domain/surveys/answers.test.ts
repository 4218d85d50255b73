import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "./answers";
import { checkImpact } from "./record-impact";
import { answerRows } from "./record-survey-answers";

describe("normaliseAnswer", () => {
  it("stores yes/no for the participants' questions in any accepted spelling", () => {
    for (const yes of ["yes", "Ja", " true ", "1", true]) {
      expect(normaliseAnswer("participants", "confidence", yes, "f")).toBe("yes");
    }
    for (const no of ["no", "NEE", "false", "0", false]) {
      expect(normaliseAnswer("participants", "pleasant_living", no, "f")).toBe("no");
    }
  });

  it("stores scores 1–10 as numbers, also with a decimal comma", () => {
    expect(normaliseAnswer("team", "score", 8, "f")).toBe("8");
    expect(normaliseAnswer("partners", "score", "7,5", "f")).toBe("7.5");
    expect(normaliseAnswer("team", "score", "10", "f")).toBe("10");
  });

  it("refuses bad values naming the field", () => {
    expect(() =>
      normaliseAnswer("participants", "confidence", "misschien", "responses.2.confidence"),
    ).toThrow(/responses\.2\.confidence.*'misschien' is geen ja of nee/);
    expect(() => normaliseAnswer("team", "score", 11, "x")).toThrow(/geen cijfer van 1 tot en met 10/);
    expect(() => normaliseAnswer("team", "score", "0", "x")).toThrow(/geen cijfer/);
    expect(() => normaliseAnswer("team", "score", "", "x")).toThrow(/ontbreekt/);
    expect(() => normaliseAnswer("team", "confidence", "yes", "x")).toThrow(/geen vraag 'confidence'/);
    expect(() => normaliseAnswer("participants", "score", 8, "x")).toThrow(/geen vraag 'score'/);
  });
});

describe("answerRows", () => {
  it("turns questionnaires into one row per answered question", () => {
    const rows = answerRows("a", "2021-03-01", "participants", [
      { confidence: "ja", pleasant_living: "nee" },
      { confidence: true, pleasant_living: null },
    ]);
    expect(rows.map((r) => [r.question, r.answer])).toEqual([
      ["confidence", "yes"],
      ["pleasant_living", "no"],
      ["confidence", "yes"],
    ]);
  });

  it("refuses an unknown survey, no questionnaires and an empty one", () => {
    expect(() => answerRows("a", "2021-03-01", "buren", [{ score: 8 }])).toThrow(/'buren' is geen enquête/);
    expect(() => answerRows("a", "2021-03-01", "team", [])).toThrow(/geen antwoorden/);
    expect(() => answerRows("a", "2021-03-01", "team", [{ score: 8 }, {}])).toThrow(/responses\.2/);
  });
});

describe("checkImpact", () => {
  const now = new Date("2021-08-01T12:00:00Z");
  const base = { roomId: "a", date: "2021-06-01", now };
  it("accepts interview figures", () => {
    expect(checkImpact({ ...base, kind: "evictions", value: 2, note: " gesprek " })).toMatchObject({
      kind: "evictions",
      value: 2,
      note: "gesprek",
    });
    expect(checkImpact({ ...base, kind: "nuisance_pct", value: "2,5" }).value).toBe(2.5);
  });
  it("refuses unknown kinds, negative, fractional evictions, percentages over 100 and future dates", () => {
    expect(() => checkImpact({ ...base, kind: "happiness", value: 1 })).toThrow(/'happiness' is geen soort/);
    expect(() => checkImpact({ ...base, kind: "evictions", value: -1 })).toThrow(/0 of meer/);
    expect(() => checkImpact({ ...base, kind: "evictions", value: 1.5 })).toThrow(/heel getal/);
    expect(() => checkImpact({ ...base, kind: "nuisance_pct", value: 120 })).toThrow(/tussen 0 en 100/);
    expect(() => checkImpact({ ...base, date: "2021-09-01", kind: "evictions", value: 1 })).toThrow(
      /toekomst/,
    );
    expect(() => checkImpact({ ...base, date: "31-02-2021", kind: "evictions", value: 1 })).toThrow(
      /geen datum/,
    );
  });
});
