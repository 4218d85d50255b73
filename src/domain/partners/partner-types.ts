/** Kinds of organisation a room works with (issue 4). Imported files may carry other text, which is kept. */
export const PARTNER_TYPES = [
  "neighbourhood_team",
  "municipality",
  "benefit_agency",
  "housing_corporation",
  "health",
  "debt_help",
  "school",
  "food_bank",
  "fund",
  "other",
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export function isPartnerType(value: string): value is PartnerType {
  return (PARTNER_TYPES as readonly string[]).includes(value);
}
