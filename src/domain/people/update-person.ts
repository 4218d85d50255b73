import { cleanPersonFields } from "./person-fields";
import type { PeopleRepository, PersonFields } from "./ports";
import { requirePerson } from "./require-person";

/** Changes what the person wants known; empty text clears a field. */
export async function updatePerson(
  deps: { people: PeopleRepository },
  roomId: string,
  personId: number,
  fields: Partial<PersonFields>,
): Promise<void> {
  await requirePerson(deps.people, personId, roomId, { writable: true });
  await deps.people.updatePerson(personId, cleanPersonFields(fields));
}
