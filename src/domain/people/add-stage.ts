import { checkStage, type LadderStage } from "./ladder";
import { PeopleErrors } from "./people.errors";
import type { PeopleRepository } from "./ports";
import { requirePerson } from "./require-person";

/**
 * Puts a person on a ladder stage in the room from a day (optionally until a day), entered by
 * hand. Returns the id of the kept stage that holds the entry: an entry that overlaps a derived
 * stage of the same kind is kept once with it, from the earlier start (DOMAIN §10).
 */
export async function addStage(
  deps: { people: PeopleRepository },
  roomId: string,
  personId: number,
  input: { stage: LadderStage; from: string; to?: string | null },
): Promise<number> {
  await requirePerson(deps.people, personId, roomId, { writable: true });
  const candidate = { stage: input.stage, roomId, from: input.from, to: input.to ?? null };
  const problem = checkStage(candidate, await deps.people.listStageEntries(personId));
  if (problem === "ends_before_start")
    throw PeopleErrors.StageEndsBeforeStart({ from: candidate.from, to: candidate.to ?? "" });
  if (problem === "overlaps_same_stage") throw PeopleErrors.StageOverlaps({ stage: candidate.stage });
  return deps.people.addStageEntry(personId, candidate);
}
