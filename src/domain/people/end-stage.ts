import { checkStage } from "./ladder";
import { PeopleErrors } from "./people.errors";
import type { PeopleRepository } from "./ports";
import { requirePerson } from "./require-person";

/** Ends a stage on a day (the last day it held); `null` opens it again. */
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
  const others = (await deps.people.listStages(personId)).filter((s) => s.id !== stageId);
  const problem = checkStage({ ...stage, to }, others);
  if (problem === "ends_before_start")
    throw PeopleErrors.StageEndsBeforeStart({ from: stage.from, to: to ?? "" });
  if (problem === "overlaps_same_stage") throw PeopleErrors.StageOverlaps({ stage: stage.stage });
  await deps.people.setStageEnd(stageId, to);
}
