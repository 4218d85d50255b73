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
  CodeUsed: defineError(
    "security.code_used",
    "unauthenticated",
    "Deze code is al gebruikt. Wacht tot je app een nieuwe code laat zien en vul die in.",
    "This code has been used already. Wait until your app shows a new code and enter that one.",
  ),
  // The server's key is not the one the secret was sealed with (restored backup without its key
  // file, or a changed BUURTBOEK_SECRET_KEY). Not the user's fault, so the text says who can help.
  SecretKeyMismatch: defineError(
    "security.secret_key_mismatch",
    "conflict",
    "Tweestapsverificatie kan nu niet worden gecontroleerd: de server heeft een andere sleutel (BUURTBOEK_SECRET_KEY) dan toen je code werd ingesteld. Vraag de beheerder om de juiste sleutel terug te zetten.",
    "Two-step verification cannot be checked now: the server has another key (BUURTBOEK_SECRET_KEY) than when your code was set up. Ask the administrator to put back the right key.",
  ),
  NoSecondFactorForRole: defineError(
    "security.no_second_factor_for_role",
    "forbidden",
    "Tweestapsverificatie is er voor coördinatoren en de coöperatie.",
    "Two-step verification is for coordinators and the cooperative.",
  ),
  TwoFactorRequired: defineError(
    "security.two_factor_required",
    "forbidden",
    "Zet eerst tweestapsverificatie aan. Dat moet voor coördinatoren en de coöperatie. Daarna kun je verder.",
    "First turn on two-step verification. Coordinators and the cooperative must have it. Then you can go on.",
  ),
  // Replacing or removing a second factor, or resetting someone else's, asks for the password and
  // a current code again: a session left open on a shared tablet must not be enough.
  ConfirmIdentity: defineError(
    "security.confirm_identity",
    "forbidden",
    "Vul uw wachtwoord en een code uit uw authenticator-app in om dit te bevestigen. Klopt een van beide niet, dan gebeurt er niets.",
    "Enter your password and a code from your authenticator app to confirm this. If either is wrong, nothing happens.",
  ),
  BadPeriod: defineError(
    "security.bad_period",
    "invalid",
    "De periode klopt niet: 'van' moet vóór 'tot' liggen.",
    "The period is wrong: 'from' must come before 'to'.",
  ),
};
