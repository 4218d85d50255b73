import type { PeopleRepository } from "./ports";
import { requirePerson } from "./require-person";

/** Records that a person found paid work on a day (`output.paid_work`). */
export async function addOutcome(
  deps: { people: PeopleRepository },
  roomId: string,
  input: { personId: number; date: string },
): Promise<number> {
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  return deps.people.addOutcome({ personId: input.personId, roomId, date: input.date, kind: "paid_work" });
}
