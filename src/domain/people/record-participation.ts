import { participationChanges } from "./ladder";
import type { PeopleRepository } from "./ports";

/**
 * Called by the desk after it registers a named visit: a visitor becomes a participant
 * (DOMAIN.md §2) without anyone clicking. Does nothing for erased or merged persons.
 */
export async function recordParticipation(
  deps: { people: PeopleRepository },
  input: { personId: number; roomId: string; date: string },
): Promise<boolean> {
  const person = await deps.people.getPerson(input.personId);
  if (!person || person.erasedAt || person.mergedInto) return false;
  const stages = await deps.people.listStages(input.personId);
  const change = participationChanges(stages, input.roomId, input.date);
  if (!change.add) return false;
  for (const e of change.end) await deps.people.setStageEnd(e.id, e.to);
  await deps.people.addStage(input.personId, change.add);
  return true;
}
