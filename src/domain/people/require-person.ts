import { PeopleErrors } from "./people.errors";
import type { PeopleRepository, Person } from "./ports";

/**
 * The person, when they belong to the room the user works in. A person of another room answers
 * "not found", so ids do not reveal who exists elsewhere.
 */
export async function requirePerson(
  people: PeopleRepository,
  personId: number,
  roomId: string,
  opts: { writable?: boolean } = {},
): Promise<Person> {
  const person = await people.getPerson(personId);
  if (!person || !(await people.personInRoom(personId, [roomId], { current: false })))
    throw PeopleErrors.UnknownPerson();
  if (opts.writable) {
    if (person.erasedAt) throw PeopleErrors.Erased();
    if (person.mergedInto) throw PeopleErrors.Merged({ into: person.mergedInto });
  }
  return person;
}
