import { cleanPersonFields, EMPTY_PERSON } from "./person-fields";
import type { PeopleRepository, PersonFields } from "./ports";

/** Registers a person in a room (reference `bb-<id>`, so exports always name them). */
export function createPerson(
  deps: { people: PeopleRepository },
  roomId: string,
  fields: Partial<PersonFields>,
): Promise<number> {
  return deps.people.createPerson(roomId, { ...EMPTY_PERSON, ...cleanPersonFields(fields) });
}
