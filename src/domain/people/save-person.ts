import type { PeopleRepository, PersonFields } from "./ports";
import { requirePerson } from "./require-person";

const EMPTY: PersonFields = {
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

function clean(fields: Partial<PersonFields>): Partial<PersonFields> {
  const out: Partial<PersonFields> = {};
  for (const [k, v] of Object.entries(fields) as [keyof PersonFields, unknown][]) {
    if (v === undefined) continue;
    (out as Record<string, unknown>)[k] = typeof v === "string" ? v.trim() || null : v;
  }
  return out;
}

/** Registers a person in a room (reference `bb-<id>`, so exports always name them). */
export function createPerson(
  deps: { people: PeopleRepository },
  roomId: string,
  fields: Partial<PersonFields>,
): Promise<number> {
  return deps.people.createPerson(roomId, { ...EMPTY, ...clean(fields) });
}

/** Changes what the person wants known; empty text clears a field. */
export async function updatePerson(
  deps: { people: PeopleRepository },
  roomId: string,
  personId: number,
  fields: Partial<PersonFields>,
): Promise<void> {
  await requirePerson(deps.people, personId, roomId, { writable: true });
  await deps.people.updatePerson(personId, clean(fields));
}
