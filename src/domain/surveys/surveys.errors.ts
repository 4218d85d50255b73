import { defineError } from "../shared/errors";

export const SurveyErrors = {
  BadAnswer: defineError(
    "surveys.bad_answer",
    "invalid",
    (p) => `Dit antwoord klopt niet (${p.field}): ${p.reason}.`,
    (p) => `This answer is not right (${p.field}): ${p.reasonEn ?? p.reason}.`,
  ),
  BadImpact: defineError(
    "surveys.bad_impact",
    "invalid",
    (p) => `Deze impactmeting klopt niet (${p.field}): ${p.reason}.`,
    (p) => `This impact figure is not right (${p.field}): ${p.reasonEn ?? p.reason}.`,
  ),
  UnknownRoom: defineError(
    "surveys.unknown_room",
    "not_found",
    (p) => `Deze kamer bestaat niet: ${p.room}.`,
    (p) => `This room does not exist: ${p.room}.`,
  ),
};
