import { defineError } from "../shared/errors";

/** Errors of the desk; every message says what to do, in plain Dutch (B1). */
export const DeskErrors = {
  FutureDate: defineError(
    "desk.future_date",
    "invalid",
    (p) =>
      `De datum ${p.date} ligt in de toekomst. U kunt alleen vandaag of een dag in het verleden invoeren.`,
    (p) => `The date ${p.date} is in the future. You can only enter today or a past day.`,
  ),
  DateTooOld: defineError(
    "desk.date_too_old",
    "invalid",
    (p) =>
      `De datum ${p.date} is te lang geleden voor de balie (meer dan ${p.days} dagen). Vraag de coördinator.`,
    (p) => `The date ${p.date} is too long ago for the desk (more than ${p.days} days). Ask the coordinator.`,
  ),
  ActivityOtherRoom: defineError(
    "desk.activity_other_room",
    "invalid",
    "Deze activiteit hoort niet bij deze kamer. Kies een activiteit van deze kamer.",
    "This activity does not belong to this room. Choose an activity of this room.",
  ),
  NotAJobActivity: defineError(
    "desk.not_jobs",
    "invalid",
    "Kies een klusactiviteit (zoals Klussendienst) voor een klus.",
    "Choose an odd-jobs activity (such as Klussendienst) for a job.",
  ),
  UnknownPerson: defineError(
    "desk.unknown_person",
    "not_found",
    "Deze persoon is niet gevonden. Zoek opnieuw.",
    "This person was not found. Search again.",
  ),
  UndoNotYours: defineError(
    "desk.undo_not_yours",
    "forbidden",
    "U kunt alleen ongedaan maken wat u zelf vandaag op dit apparaat invoerde.",
    "You can only undo what you entered yourself today on this device.",
  ),
  UndoTooLate: defineError(
    "desk.undo_too_late",
    "invalid",
    "Dit is niet van vandaag en kan aan de balie niet meer ongedaan worden. Vraag de coördinator.",
    "This is not from today and can no longer be undone at the desk. Ask the coordinator.",
  ),
  Required: defineError(
    "desk.required",
    "invalid",
    (p) => `Vul dit in: ${p.label}.`,
    (p) => `Please fill in: ${p.label}.`,
  ),
  ConsentRequired: defineError(
    "desk.consent_required",
    "invalid",
    "Vraag eerst of wij de naam mogen noteren, en vink dat aan.",
    "First ask whether we may note the name, and tick the box.",
  ),
  GuardianRequired: defineError(
    "desk.guardian_required",
    "invalid",
    "Een kind jonger dan 16 schrijven we alleen in met toestemming van een ouder of voogd. Vul de naam van de ouder of voogd in en vink de toestemming aan.",
    "A child under 16 is registered only with the consent of a parent or guardian. Fill in the parent's or guardian's name and tick the consent.",
  ),
  ChildQuestion: defineError(
    "desk.child_question",
    "invalid",
    "Dit is een activiteit voor kinderen. Kies of de bezoeker jonger is dan 16 of niet.",
    "This is an activity for children. Choose whether the visitor is under 16 or not.",
  ),
  ChildWithoutConsent: defineError(
    "desk.child_without_consent",
    "invalid",
    (p) =>
      `${p.firstName} is jonger dan 16 en er is geen toestemming van een ouder of voogd vastgelegd. Zonder die toestemming schrijven we ${p.firstName} niet in bij ${p.activity}. Vraag de coördinator.`,
    (p) =>
      `${p.firstName} is under 16 and no consent of a parent or guardian is recorded. Without it we do not register ${p.firstName} at ${p.activity}. Ask the coordinator.`,
  ),
  DuplicatePerson: defineError(
    "desk.duplicate_person",
    "conflict",
    (p) =>
      `Er is al iemand met de naam ${p.firstName} in de ${p.street}. Is dit dezelfde persoon? Kies die dan in de lijst.`,
    (p) =>
      `There is already someone named ${p.firstName} in ${p.street}. Is this the same person? Then choose them in the list.`,
  ),
  HoursDate: defineError(
    "desk.hours_date",
    "invalid",
    "Aan de balie schrijft u uren van vandaag of gisteren. Voor andere dagen: vraag de coördinator.",
    "At the desk you log hours of today or yesterday. For other days, ask the coordinator.",
  ),
  HoursLocked: defineError(
    "desk.hours_locked",
    "conflict",
    "Deze uren zijn al goedgekeurd door de coördinator en kunnen hier niet meer veranderen.",
    "These hours were already approved by the coordinator and cannot be changed here.",
  ),
  NotFound: defineError("desk.not_found", "not_found", "Niet gevonden.", "Not found."),
};
