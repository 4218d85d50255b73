import type { Actor } from "../auth/roles";
import { todayInAmsterdam } from "../shared/dates";
import { CommonErrors } from "../shared/errors";
import { answerRows, type SurveyDeps, type SurveyResponse } from "./record-survey-answers";
import { SurveyErrors } from "./surveys.errors";

/**
 * One resident or volunteer fills in the questionnaire on the desk tablet, anonymously, dated
 * today. Partners answer elsewhere: the tablet takes the participants' and the team's survey.
 */
export async function submitDeskSurvey(
  deps: SurveyDeps,
  actor: Actor,
  input: { roomId: string; survey: string; answers: SurveyResponse },
): Promise<{ stored: number }> {
  if (actor.role !== "desk") throw CommonErrors.Forbidden();
  if (!actor.rooms.includes(input.roomId)) throw CommonErrors.NotFound();
  if (input.survey !== "participants" && input.survey !== "team") {
    throw SurveyErrors.BadAnswer({
      field: "survey",
      reason: "aan de balie kan alleen de enquête voor deelnemers of het team",
      reasonEn: "the desk takes only the participants' or the team's survey",
    });
  }
  const rows = answerRows(input.roomId, todayInAmsterdam(deps.now()), input.survey, [input.answers]);
  return { stored: await deps.surveys.addAnswers(rows) };
}
