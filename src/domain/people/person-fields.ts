import type { PersonFields } from "./ports";

/** A person with nothing known yet. */
export const EMPTY_PERSON: PersonFields = {
  firstName: null,
  street: null,
  phone: null,
  email: null,
  newcomer: false,
  referredBy: null,
  landlord: null,
  talents: null,
  wantsMembership: false,
  since: null,
};

/** Trims text; empty text becomes null (clears the field); undefined leaves it as it is. */
export function cleanPersonFields(fields: Partial<PersonFields>): Partial<PersonFields> {
  const out: Partial<PersonFields> = {};
  for (const [k, v] of Object.entries(fields) as [keyof PersonFields, unknown][]) {
    if (v === undefined) continue;
    (out as Record<string, unknown>)[k] = typeof v === "string" ? v.trim() || null : v;
  }
  return out;
}
