import { defineError } from "../shared/errors";

export const SecurityErrors = {
  CodeRequired: defineError(
    "security.code_required",
    "unauthenticated",
    "Vul ook de code uit je authenticator-app in.",
    "Also enter the code from your authenticator app.",
  ),
  BadCode: defineError(
    "security.bad_code",
    "unauthenticated",
    "De code klopt niet. Kijk of de klok van je telefoon goed staat en probeer de nieuwe code.",
    "The code is not right. Check your phone's clock and try the new code.",
  ),
  NoSecondFactorForRole: defineError(
    "security.no_second_factor_for_role",
    "forbidden",
    "Tweestapsverificatie is er voor coördinatoren en de coöperatie.",
    "Two-step verification is for coordinators and the cooperative.",
  ),
  BadPeriod: defineError(
    "security.bad_period",
    "invalid",
    "De periode klopt niet: 'van' moet vóór 'tot' liggen.",
    "The period is wrong: 'from' must come before 'to'.",
  ),
};
