import { checkStage, periodsOverlap } from "./ladder";
import { PeopleErrors } from "./people.errors";
import type { PeopleRepository } from "./ports";
import { requirePerson } from "./require-person";

/**
 * Ends an entered stage on a day (the last day it held); `null` opens it again. A derived stage
 * ends with its facts (the key returned, the placement ended …), never by hand.
 */
export async function endStage(
  deps: { people: PeopleRepository },
  roomId: string,
  personId: number,
  stageId: number,
  to: string | null,
): Promise<void> {
  await requirePerson(deps.people, personId, roomId, { writable: true });
  const stage = await deps.people.getStage(stageId);
  if (!stage || stage.personId !== personId) throw PeopleErrors.UnknownStage();
  if (stage.origin === "derived") throw PeopleErrors.StageDerived({ stage: stage.stage });
  const entries = await deps.people.listStageEntries(personId);
  // The entry this kept stage holds: the latest one of the same kind within it.
  const entry = entries
    .filter((e) => e.roomId === stage.roomId && e.stage === stage.stage && periodsOverlap(e, stage))
    .at(-1);
  if (!entry) throw PeopleErrors.UnknownStage();
  const problem = checkStage(
    { ...entry, to },
    entries.filter((e) => e.id !== entry.id),
  );
  if (problem === "ends_before_start")
    throw PeopleErrors.StageEndsBeforeStart({ from: entry.from, to: to ?? "" });
  if (problem === "overlaps_same_stage") throw PeopleErrors.StageOverlaps({ stage: entry.stage });
  await deps.people.setStageEntryEnd(entry.id, to);
}
