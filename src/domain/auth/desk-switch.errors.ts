import { defineError } from "../shared/errors";

// 403 rather than 401 for a wrong password or PIN here: the tablet itself stays signed in as the
// desk, and the web app treats 401 as "signed out".
export const DeskSwitchErrors = {
  NotDesk: defineError(
    "desk_switch.not_desk",
    "forbidden",
    "Wisselen kan alleen op een balie-tablet.",
    "Switching is only possible on a desk tablet.",
  ),
  BadCredentials: defineError(
    "desk_switch.bad_credentials",
    "forbidden",
    "E-mailadres of wachtwoord klopt niet.",
    "Email address or password is not right.",
  ),
  CodeRequired: defineError(
    "desk_switch.code_required",
    "forbidden",
    "Vul ook de code uit je authenticator-app in.",
    "Also enter the code from your authenticator app.",
  ),
  BadCode: defineError(
    "desk_switch.bad_code",
    "forbidden",
    "De code klopt niet. Kijk of de klok van je telefoon goed staat en probeer de nieuwe code.",
    "The code is not right. Check your phone's clock and try the new code.",
  ),
  CodeUsed: defineError(
    "desk_switch.code_used",
    "forbidden",
    "Deze code is al gebruikt. Wacht tot je app een nieuwe code laat zien en vul die in.",
    "This code has been used already. Wait until your app shows a new code and enter that one.",
  ),
  NotAllowed: defineError(
    "desk_switch.not_allowed",
    "forbidden",
    "Alleen een coördinator van deze kamer of de coöperatie kan op deze tablet wisselen.",
    "Only a coordinator of this room or the cooperative can switch on this tablet.",
  ),
  TwoFactorFirst: defineError(
    "desk_switch.two_factor_first",
    "forbidden",
    "Je hebt nog geen tweestapsverificatie. Zet die eerst aan op je eigen computer of telefoon (Mijn account → Tweestapsverificatie). Daarna kun je hier inloggen.",
    "You do not have two-step verification yet. First turn it on on your own computer or phone (My account → Two-step verification). Then you can sign in here.",
  ),
  NotUnlocked: defineError(
    "desk_switch.not_unlocked",
    "forbidden",
    "Je bent vandaag nog niet aangemeld op deze tablet. Log in met je wachtwoord.",
    "You have not signed in on this tablet today. Sign in with your password.",
  ),
  BadPin: defineError(
    "desk_switch.bad_pin",
    "forbidden",
    (p) => `De pincode klopt niet. Je kunt het nog ${p.left} keer proberen.`,
    (p) => `The PIN is not right. You can try ${p.left} more times.`,
  ),
  PinLocked: defineError(
    "desk_switch.pin_locked",
    "forbidden",
    "Vijf keer een verkeerde pincode. Log opnieuw in met je wachtwoord en kies een pincode.",
    "Five wrong PINs. Sign in again with your password and choose a PIN.",
  ),
  PinWait: defineError(
    "desk_switch.pin_wait",
    "throttled",
    (p) => `Wacht ${p.seconds} seconden en probeer de pincode dan opnieuw.`,
    (p) => `Wait ${p.seconds} seconds, then try the PIN again.`,
  ),
  Busy: defineError(
    "desk_switch.busy",
    "conflict",
    "De tablet was net al aan het wisselen. Probeer het nog een keer.",
    "The tablet was switching already. Please try once more.",
  ),
  NotSwitched: defineError(
    "desk_switch.not_switched",
    "conflict",
    "Je bent niet gewisseld op een balie-tablet.",
    "You have not switched on a desk tablet.",
  ),
};
