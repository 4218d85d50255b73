import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import { KeyErrors } from "./keys.errors";
import type { KeysRepository } from "./ports";

/**
 * Puts a key holder on the opening rota. The residents decide when the room is open; the rota
 * only says who opens and who closes, and both must hold a key of the room that day.
 */
export async function addShift(
  deps: { keys: KeysRepository; people: PeopleRepository },
  roomId: string,
  input: { date: string; opens: string; closes: string; openerId: number | null; closerId: number | null },
): Promise<number> {
  if (input.closes <= input.opens) throw KeyErrors.BadTimes({ opens: input.opens, closes: input.closes });
  for (const id of [input.openerId, input.closerId]) {
    if (id === null) continue;
    const person = await requirePerson(deps.people, id, roomId, { writable: true });
    if (!(await deps.keys.holdsKey(roomId, id, input.date))) {
      throw KeyErrors.NotAKeyHolder({ who: person.firstName ?? `#${id}`, date: input.date });
    }
  }
  return deps.keys.addShift({ roomId, ...input });
}
