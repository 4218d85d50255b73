import { SURVEYS, type Survey } from "./ports";
import { SurveyErrors } from "./surveys.errors";

/** The questions of each survey (INTERCHANGE surveys.csv). */
export const QUESTIONS: Record<Survey, readonly string[]> = {
  participants: ["confidence", "pleasant_living"],
  team: ["score"],
  partners: ["score"],
};

const YES = new Set(["yes", "ja", "true", "1", "j", "y"]);
const NO = new Set(["no", "nee", "false", "0", "n"]);

export function checkSurvey(value: string, field = "survey"): Survey {
  if (!(SURVEYS as readonly string[]).includes(value)) {
    throw SurveyErrors.BadAnswer({
      field,
      reason: `'${value}' is geen enquête; kies participants, team of partners`,
      reasonEn: `'${value}' is not a survey; choose participants, team or partners`,
    });
  }
  return value as Survey;
}

/**
 * Normalises one answer to how it is stored: "yes"/"no" for the participants' questions, the
 * score as a number 1–10 for team and partners. Refuses anything else with the field named.
 */
export function normaliseAnswer(survey: Survey, question: string, raw: unknown, field: string): string {
  if (!QUESTIONS[survey].includes(question)) {
    throw SurveyErrors.BadAnswer({
      field,
      reason: `de enquête '${survey}' heeft geen vraag '${question}' (wel: ${QUESTIONS[survey].join(", ")})`,
      reasonEn: `survey '${survey}' has no question '${question}' (it has: ${QUESTIONS[survey].join(", ")})`,
    });
  }
  if (question === "score") {
    const n =
      typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim().replace(",", ".")) : NaN;
    if (typeof raw === "string" && raw.trim() === "") {
      throw SurveyErrors.BadAnswer({
        field,
        reason: "het cijfer ontbreekt",
        reasonEn: "the score is missing",
      });
    }
    if (!Number.isFinite(n) || n < 1 || n > 10) {
      throw SurveyErrors.BadAnswer({
        field,
        reason: `'${String(raw)}' is geen cijfer van 1 tot en met 10`,
        reasonEn: `'${String(raw)}' is not a score from 1 to 10`,
      });
    }
    return String(n);
  }
  if (raw === true) return "yes";
  if (raw === false) return "no";
  const text = typeof raw === "string" ? raw.trim().toLowerCase() : String(raw);
  if (YES.has(text)) return "yes";
  if (NO.has(text)) return "no";
  throw SurveyErrors.BadAnswer({
    field,
    reason: `'${String(raw)}' is geen ja of nee`,
    reasonEn: `'${String(raw)}' is not yes or no`,
  });
}
