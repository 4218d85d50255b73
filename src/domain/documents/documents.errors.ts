import { defineError } from "../shared/errors";

export const DocumentErrors = {
  BadQuarter: defineError(
    "documents.bad_quarter",
    "invalid",
    (p) => `Het kwartaal moet 1, 2, 3 of 4 zijn (niet '${p.quarter}').`,
    (p) => `The quarter must be 1, 2, 3 or 4 (not '${p.quarter}').`,
  ),
  BadYear: defineError(
    "documents.bad_year",
    "invalid",
    (p) => `Het jaar klopt niet: '${p.year}'. Gebruik vier cijfers, zoals 2021.`,
    (p) => `The year is not right: '${p.year}'. Use four digits, such as 2021.`,
  ),
  BadFormat: defineError(
    "documents.bad_format",
    "invalid",
    (p) => `Dit formaat kan niet: '${p.format}'. Kies docx, pdf of xlsx.`,
    (p) => `This format is not possible: '${p.format}'. Choose docx, pdf or xlsx.`,
  ),
  BadKind: defineError(
    "documents.bad_kind",
    "invalid",
    (p) => `Dit document bestaat niet: '${p.kind}'. Kies agreement, quarterly of annual.`,
    (p) => `This document does not exist: '${p.kind}'. Choose agreement, quarterly or annual.`,
  ),
  FinalNotFound: defineError(
    "documents.final_not_found",
    "not_found",
    "Deze definitieve rapportage bestaat niet.",
    "This final report does not exist.",
  ),
  BadLogo: defineError(
    "documents.bad_logo",
    "invalid",
    "Het logo moet een PNG- of JPEG-afbeelding zijn (data-URL) van hoogstens 500 kB.",
    "The logo must be a PNG or JPEG image (data URL) of at most 500 kB.",
  ),
  StoryTooLong: defineError(
    "documents.story_too_long",
    "invalid",
    "Het verhaal is te lang: hoogstens 20.000 tekens.",
    "The story is too long: at most 20,000 characters.",
  ),
};
