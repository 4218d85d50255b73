import { PeopleErrors } from "./people.errors";
import type { PeopleRepository } from "./ports";
import { requirePerson } from "./require-person";

/**
 * Merges two records of one person (the desk sometimes registers someone twice). Every row of
 * `dropId` moves to `keepId`; the dropped record points at the kept one so that imports naming
 * its reference land on the kept person. Overlapping key periods are kept and flagged.
 */
export async function mergePeople(
  deps: { people: PeopleRepository },
  roomId: string,
  input: { keepId: number; dropId: number; userId: number | null },
): Promise<{ moved: Record<string, number>; flaggedKeys: number }> {
  if (input.keepId === input.dropId) throw PeopleErrors.MergeSelf();
  await requirePerson(deps.people, input.keepId, roomId, { writable: true });
  await requirePerson(deps.people, input.dropId, roomId, { writable: true });
  return deps.people.merge(input.keepId, input.dropId, input.userId);
}
