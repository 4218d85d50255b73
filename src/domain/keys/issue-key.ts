import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import { KeyErrors } from "./keys.errors";
import type { KeysRepository } from "./ports";

/** Gives a key of the room to a person. One key number is with one person at a time. */
export async function issueKey(
  deps: { keys: KeysRepository; people: PeopleRepository },
  roomId: string,
  input: { key: string; personId: number; issued: string },
): Promise<number> {
  const key = input.key.trim();
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  const [clash] = await deps.keys.overlapping(roomId, key, input.issued, null);
  if (clash) throw KeyErrors.AlreadyIssued({ key, issued: clash.issued });
  return deps.keys.issue({ roomId, key, personId: input.personId, issued: input.issued });
}
