import { type Actor, canSeeRoom } from "../auth/roles";
import { type IsoDate, parseDate, todayInAmsterdam } from "../shared/dates";
import { CommonErrors } from "../shared/errors";
import { checkSurvey, normaliseAnswer } from "./answers";
import type { SurveyAnswerRow, SurveysRepository } from "./ports";
import { SurveyErrors } from "./surveys.errors";

export interface SurveyDeps {
  surveys: SurveysRepository;
  now: () => Date;
}

/** One filled-in questionnaire: question → answer ({confidence: "ja", pleasant_living: "nee"} or {score: 8}). */
export type SurveyResponse = Record<string, unknown>;

/** Checks a survey date: a real date, not in the future. */
export function checkSurveyDate(text: string, now: Date, field = "date"): IsoDate {
  const date = parseDate(text);
  if (!date) {
    throw SurveyErrors.BadAnswer({
      field,
      reason: `'${text}' is geen datum`,
      reasonEn: `'${text}' is not a date`,
    });
  }
  if (date > todayInAmsterdam(now)) {
    throw SurveyErrors.BadAnswer({
      field,
      reason: "de datum ligt in de toekomst",
      reasonEn: "the date is in the future",
    });
  }
  return date;
}

/** Turns questionnaires into answer rows, refusing the whole batch on the first bad value. */
export function answerRows(
  roomId: string,
  date: IsoDate,
  surveyText: string,
  responses: readonly SurveyResponse[],
): SurveyAnswerRow[] {
  const survey = checkSurvey(surveyText);
  if (responses.length === 0) {
    throw SurveyErrors.BadAnswer({
      field: "responses",
      reason: "er zijn geen antwoorden",
      reasonEn: "there are no answers",
    });
  }
  const rows: SurveyAnswerRow[] = [];
  responses.forEach((response, i) => {
    const entries = Object.entries(response).filter(([, v]) => v !== null && v !== undefined && v !== "");
    if (entries.length === 0) {
      throw SurveyErrors.BadAnswer({
        field: `responses.${i + 1}`,
        reason: "deze vragenlijst is leeg",
        reasonEn: "this questionnaire is empty",
      });
    }
    for (const [question, raw] of entries) {
      const answer = normaliseAnswer(survey, question, raw, `responses.${i + 1}.${question}`);
      rows.push({ roomId, date, survey, question, answer });
    }
  });
  return rows;
}

/**
 * A coordinator enters the questionnaires of a room collected on one date (paper or a meeting).
 * Answers are anonymous: nothing links them to a person.
 */
export async function recordSurveyAnswers(
  deps: SurveyDeps,
  actor: Actor,
  input: { roomId: string; date: string; survey: string; responses: readonly SurveyResponse[] },
): Promise<{ stored: number }> {
  if (actor.role !== "coordinator" && actor.role !== "cooperative") throw CommonErrors.Forbidden();
  if (!canSeeRoom(actor, input.roomId)) throw CommonErrors.NotFound();
  const date = checkSurveyDate(input.date, deps.now());
  const rows = answerRows(input.roomId, date, input.survey, input.responses);
  if (!(await deps.surveys.roomExists(input.roomId))) throw SurveyErrors.UnknownRoom({ room: input.roomId });
  return { stored: await deps.surveys.addAnswers(rows) };
}
