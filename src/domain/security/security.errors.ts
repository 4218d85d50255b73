import { defineError } from "../shared/errors";

export const SecurityErrors = {
  BadPeriod: defineError(
    "security.bad_period",
    "invalid",
    "De periode klopt niet: 'van' moet vóór 'tot' liggen.",
    "The period is wrong: 'from' must come before 'to'.",
  ),
};
