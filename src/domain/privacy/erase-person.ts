import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { ErasureReason, PrivacyRepository } from "./ports";
import { PrivacyErrors } from "./privacy.errors";

/**
 * Erases a person on request or when they withdraw consent. Their name, street, contact, talents
 * and notes go; their reference survives only as a hash so that an old bundle imported again
 * cannot bring them back. Rows stay with the (now anonymous) person id, so reports of the past give
 * the same counts. Home room, newcomer flag, registration date and landlord stay: the indicators
 * and the housing corporations' share count them, and alone they do not identify anyone.
 */
export async function erasePerson(
  deps: { privacy: PrivacyRepository; people: PeopleRepository },
  roomId: string,
  input: { personId: number; reason: ErasureReason; userId: number | null },
): Promise<{ erased: number[] }> {
  const person = await requirePerson(deps.people, input.personId, roomId);
  if (person.erasedAt) throw PrivacyErrors.AlreadyErased();
  // Erasing a merged record erases the person it was merged into: it is the same resident.
  const target = person.mergedInto ?? person.id;
  return { erased: await deps.privacy.erase(target, input.reason, input.userId) };
}
