import { defineError } from "../shared/errors";

export const AuthErrors = {
  // One message for a wrong email and a wrong password: it must not tell whether the email exists.
  BadCredentials: defineError(
    "auth.bad_credentials",
    "unauthenticated",
    "E-mailadres of wachtwoord klopt niet.",
    "Email address or password is not right.",
  ),
  Throttled: defineError(
    "auth.throttled",
    "throttled",
    (p) => `Te vaak een verkeerd wachtwoord. Probeer het over ${p.seconds} seconden opnieuw.`,
    (p) => `Too many wrong passwords. Try again in ${p.seconds} seconds.`,
  ),
  EmailTaken: defineError(
    "auth.email_taken",
    "conflict",
    (p) => `Er is al een account met e-mailadres ${p.email}.`,
    (p) => `There is already an account with email ${p.email}.`,
  ),
  WeakPassword: defineError(
    "auth.weak_password",
    "invalid",
    "Het wachtwoord moet minstens 10 tekens hebben.",
    "The password needs at least 10 characters.",
  ),
  UnknownRoom: defineError(
    "auth.unknown_room",
    "invalid",
    (p) => `Onbekende kamer: ${p.room}.`,
    (p) => `Unknown room: ${p.room}.`,
  ),
};
