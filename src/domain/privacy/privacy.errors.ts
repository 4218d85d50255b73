import { defineError } from "../shared/errors";

export const PrivacyErrors = {
  AlreadyErased: defineError(
    "privacy.already_erased",
    "conflict",
    "Deze persoon is al gewist.",
    "This person has already been erased.",
  ),
  UnknownQuestion: defineError(
    "privacy.unknown_question",
    "not_found",
    "Deze hulpvraag bestaat niet.",
    "This help question does not exist.",
  ),
  BadRetention: defineError(
    "privacy.bad_retention",
    "invalid",
    (p) => `De bewaartermijn (${p.days} dagen) moet tussen 90 en 3650 dagen liggen.`,
    (p) => `The retention period (${p.days} days) must be between 90 and 3650 days.`,
  ),
};
