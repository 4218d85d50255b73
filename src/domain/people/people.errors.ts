import { defineError } from "../shared/errors";

export const PeopleErrors = {
  UnknownPerson: defineError(
    "people.unknown",
    "not_found",
    "Deze persoon bestaat niet (of hoort niet bij deze kamer).",
    "This person does not exist (or does not belong to this room).",
  ),
  UnknownStage: defineError(
    "people.unknown_stage",
    "not_found",
    "Deze trede bestaat niet.",
    "This stage does not exist.",
  ),
  StageEndsBeforeStart: defineError(
    "people.stage_ends_before_start",
    "invalid",
    (p) => `Een trede kan niet eindigen (${p.to}) voordat hij begint (${p.from}).`,
    (p) => `A stage cannot end (${p.to}) before it starts (${p.from}).`,
  ),
  StageOverlaps: defineError(
    "people.stage_overlaps",
    "conflict",
    (p) => `Deze persoon is in deze kamer al '${p.stage}' in die periode. Beëindig eerst de oude trede.`,
    (p) => `This person already has stage '${p.stage}' in this room in that period. End the old stage first.`,
  ),
  StageDerived: defineError(
    "people.stage_derived",
    "conflict",
    (p) =>
      `De trede '${p.stage}' volgt uit wat er gebeurt (bezoek, uren, sleutel, lidmaatschap …) en stopt vanzelf. Beëindig de sleutel, plaatsing of functie zelf.`,
    (p) =>
      `Stage '${p.stage}' follows from what happens (visits, hours, a key, a membership …) and ends by itself. End the key, placement or seat instead.`,
  ),
  Erased: defineError(
    "people.erased",
    "conflict",
    "Deze persoon is gewist; er kan niets meer aan worden toegevoegd.",
    "This person has been erased; nothing can be added any more.",
  ),
  Merged: defineError(
    "people.merged",
    "conflict",
    "Deze persoon is samengevoegd met een ander record. Gebruik dat record.",
    "This person was merged into another record. Use that record.",
  ),
  MergeSelf: defineError(
    "people.merge_self",
    "invalid",
    "Kies twee verschillende personen om samen te voegen.",
    "Choose two different persons to merge.",
  ),
  UnknownPlacement: defineError(
    "people.unknown_placement",
    "not_found",
    "Deze plaatsing bestaat niet.",
    "This placement does not exist.",
  ),
  PlacementEndsBeforeStart: defineError(
    "people.placement_ends_before_start",
    "invalid",
    (p) => `Een plaatsing kan niet eindigen (${p.to}) voordat hij begint (${p.from}).`,
    (p) => `A placement cannot end (${p.to}) before it starts (${p.from}).`,
  ),
};
