import { defineError } from "../shared/errors";

export const PartnerErrors = {
  NameRequired: defineError(
    "partners.name_required",
    "invalid",
    "Veld 'naam': geef de naam van de organisatie.",
    "Field 'name': give the organisation's name.",
  ),
  DuplicateName: defineError(
    "partners.duplicate_name",
    "conflict",
    (p) => `Er is al een partner met de naam '${p.name}'.`,
    (p) => `There already is a partner named '${p.name}'.`,
  ),
  UnknownType: defineError(
    "partners.unknown_type",
    "invalid",
    (p) => `Veld 'soort': onbekende soort organisatie '${p.type}'.`,
    (p) => `Field 'type': unknown kind of organisation '${p.type}'.`,
  ),
  BadPhone: defineError(
    "partners.bad_phone",
    "invalid",
    (p) => `Veld 'telefoon': '${p.phone}' is geen telefoonnummer.`,
    (p) => `Field 'phone': '${p.phone}' is not a phone number.`,
  ),
  NotFound: defineError(
    "partners.not_found",
    "not_found",
    "Deze partner bestaat niet.",
    "This partner does not exist.",
  ),
  UnknownRoom: defineError(
    "partners.unknown_room",
    "invalid",
    (p) => `Kamer '${p.room}' bestaat niet of u heeft er geen toegang toe.`,
    (p) => `Room '${p.room}' does not exist or you have no access to it.`,
  ),
  TooLong: defineError(
    "partners.too_long",
    "invalid",
    (p) => `Veld '${p.field}' is te lang (hoogstens ${p.max} tekens).`,
    (p) => `Field '${p.field}' is too long (at most ${p.max} characters).`,
  ),
};
