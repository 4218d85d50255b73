/** The eight activity types of DOMAIN.md §3; ids are fixed and appear in imports and reports. */
export const ACTIVITY_TYPES = [
  "social",
  "social_activation",
  "jobs",
  "computer",
  "language",
  "forms",
  "debt",
  "work",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export function isActivityType(value: string): value is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(value);
}
