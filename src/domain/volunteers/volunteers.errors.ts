import { defineError } from "../shared/errors";

export const VolunteerErrors = {
  TooManyHours: defineError(
    "volunteers.too_many_hours",
    "invalid",
    (p) =>
      `Meer dan 24 uur op één dag kan niet: op ${p.date} staat al ${p.already} uur, plus ${p.hours} is ${p.total} uur.`,
    (p) =>
      `More than 24 hours in one day is not possible: ${p.date} already has ${p.already} hours, plus ${p.hours} makes ${p.total}.`,
  ),
  BadHours: defineError(
    "volunteers.bad_hours",
    "invalid",
    (p) => `Het aantal uren (${p.hours}) moet meer dan 0 en hoogstens 24 zijn.`,
    (p) => `The number of hours (${p.hours}) must be more than 0 and at most 24.`,
  ),
  UnknownHours: defineError(
    "volunteers.unknown_hours",
    "not_found",
    "Deze uren bestaan niet.",
    "These hours do not exist.",
  ),
  UnknownGroup: defineError(
    "volunteers.unknown_group",
    "not_found",
    "Deze groep bestaat niet.",
    "This group does not exist.",
  ),
  GroupExists: defineError(
    "volunteers.group_exists",
    "conflict",
    (p) => `Er is al een groep '${p.name}' in deze kamer.`,
    (p) => `There already is a group '${p.name}' in this room.`,
  ),
  AlreadyInGroup: defineError(
    "volunteers.already_in_group",
    "conflict",
    "Deze persoon zit al in deze groep.",
    "This person is already in this group.",
  ),
  LeftBeforeJoined: defineError(
    "volunteers.left_before_joined",
    "invalid",
    (p) => `Iemand kan een groep niet verlaten (${p.to}) voordat hij erbij kwam (${p.from}).`,
    (p) => `Someone cannot leave a group (${p.to}) before joining it (${p.from}).`,
  ),
  NotMeewerkend: defineError(
    "volunteers.not_meewerkend",
    "invalid",
    (p) =>
      `Een vrijwilligersvergoeding is alleen voor meewerkend vrijwilligers; deze persoon is dat niet in ${p.month}.`,
    (p) =>
      `A volunteer allowance is only for meewerkend vrijwilligers; this person is not one in ${p.month}.`,
  ),
  BadAmount: defineError(
    "volunteers.bad_amount",
    "invalid",
    (p) => `Het bedrag (${p.amount}) klopt niet.`,
    (p) => `The amount (${p.amount}) is not right.`,
  ),
};
