import { defineError } from "../shared/errors";

export const ReferralErrors = {
  PartnerRequired: defineError(
    "referrals.partner_required",
    "invalid",
    "Kies een partner: een verwijzing gaat altijd naar of komt altijd van een organisatie.",
    "Choose a partner: a referral always goes to or comes from an organisation.",
  ),
  UnknownPartner: defineError(
    "referrals.unknown_partner",
    "invalid",
    "Deze partner bestaat niet. Kies een partner uit de lijst of voeg hem eerst toe.",
    "This partner does not exist. Choose one from the list or add it first.",
  ),
  BadDate: defineError(
    "referrals.bad_date",
    "invalid",
    (p) => `Veld '${p.field}': '${p.value}' is geen datum. Schrijf dd-mm-jjjj of jjjj-mm-dd.`,
    (p) => `Field '${p.field}': '${p.value}' is not a date. Write dd-mm-yyyy or yyyy-mm-dd.`,
  ),
  DateInFuture: defineError(
    "referrals.date_in_future",
    "invalid",
    (p) => `Veld '${p.field}': de datum ${p.value} ligt in de toekomst. Zet een afspraak bij 'afspraak'.`,
    (p) =>
      `Field '${p.field}': the date ${p.value} is in the future. Put an appointment under 'appointment'.`,
  ),
  FollowUpBeforeDate: defineError(
    "referrals.follow_up_before_date",
    "invalid",
    (p) => `De datum om na te vragen (${p.followUp}) ligt vóór de datum van de verwijzing (${p.date}).`,
    (p) => `The follow-up date (${p.followUp}) is before the referral date (${p.date}).`,
  ),
  OutcomeBeforeReferral: defineError(
    "referrals.outcome_before_referral",
    "invalid",
    (p) => `De uitkomst (${p.outcomeDate}) kan niet vóór de datum van de verwijzing (${p.date}) liggen.`,
    (p) => `The outcome (${p.outcomeDate}) cannot be before the referral date (${p.date}).`,
  ),
  ReasonRequired: defineError(
    "referrals.reason_required",
    "invalid",
    "Geef een reden waarom het contact niet gelukt is, zodat we kunnen nagaan wat er beter kan.",
    "Give the reason why the referral did not connect, so we can see what to improve.",
  ),
  UnknownReason: defineError(
    "referrals.unknown_reason",
    "invalid",
    (p) => `Onbekende reden '${p.reason}'.`,
    (p) => `Unknown reason '${p.reason}'.`,
  ),
  UnknownLifeDomain: defineError(
    "referrals.unknown_life_domain",
    "invalid",
    (p) => `Onbekend leefgebied '${p.domain}'.`,
    (p) => `Unknown life domain '${p.domain}'.`,
  ),
  AlreadyDecided: defineError(
    "referrals.already_decided",
    "conflict",
    (p) => `Deze verwijzing heeft al een uitkomst (${p.status === "connected" ? "gelukt" : "niet gelukt"}).`,
    (p) =>
      `This referral already has an outcome (${p.status === "connected" ? "connected" : "not connected"}).`,
  ),
  NotFound: defineError(
    "referrals.not_found",
    "not_found",
    "Deze verwijzing bestaat niet in deze kamer.",
    "This referral does not exist in this room.",
  ),
  UnknownPerson: defineError(
    "referrals.unknown_person",
    "invalid",
    "Deze bewoner bestaat niet (meer).",
    "This resident does not exist (any more).",
  ),
  UnknownHelpQuestion: defineError(
    "referrals.unknown_help_question",
    "not_found",
    "Deze hulpvraag bestaat niet in deze kamer.",
    "This help question does not exist in this room.",
  ),
  PersonMismatch: defineError(
    "referrals.person_mismatch",
    "invalid",
    "De hulpvraag hoort bij een andere bewoner dan de gekozen bewoner.",
    "The help question belongs to another resident than the one chosen.",
  ),
  NoConsent: defineError(
    "referrals.no_consent",
    "forbidden",
    "De bewoner heeft geen toestemming gegeven om gegevens te delen. Vraag eerst toestemming en leg die vast; pas dan kan de verwijsbrief gemaakt worden.",
    "The resident has not consented to sharing their details. Ask for consent and record it first; only then can the referral note be made.",
  ),
  TooLong: defineError(
    "referrals.too_long",
    "invalid",
    (p) => `Veld '${p.field}' is te lang (hoogstens ${p.max} tekens).`,
    (p) => `Field '${p.field}' is too long (at most ${p.max} characters).`,
  ),
};
