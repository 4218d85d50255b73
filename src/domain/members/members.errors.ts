import { defineError } from "../shared/errors";

export const MemberErrors = {
  BeforePersonExisted: defineError(
    "members.before_person_existed",
    "invalid",
    (p) => `Lidmaatschap voor ${p.year} kan niet: deze persoon is pas sinds ${p.since} bekend.`,
    (p) => `A membership for ${p.year} is not possible: this person is only known since ${p.since}.`,
  ),
  BadYear: defineError(
    "members.bad_year",
    "invalid",
    (p) => `Het jaar ${p.year} klopt niet.`,
    (p) => `The year ${p.year} is not right.`,
  ),
  UnknownMembership: defineError(
    "members.unknown",
    "not_found",
    "Dit lidmaatschap bestaat niet.",
    "This membership does not exist.",
  ),
};
