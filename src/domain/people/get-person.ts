import { todayInAmsterdam } from "../shared/dates";
import {
  type CooperativeEligibility,
  cooperativeEligibility,
  cooperativeWindow,
} from "./cooperative-membership";
import { currentStage, type LadderStage } from "./ladder";
import type { PeopleRepository, Person, PersonHistory, StageRow } from "./ports";
import { requirePerson } from "./require-person";

export interface PersonPage {
  person: Person;
  stages: StageRow[];
  currentStage: LadderStage | null;
  history: PersonHistory;
  cooperative: CooperativeEligibility;
}

/** Everything the person page shows. Help-question notes are not in it: they are read one by one, and logged. */
export async function getPerson(
  deps: { people: PeopleRepository; now: () => Date },
  roomId: string,
  personId: number,
): Promise<PersonPage> {
  const person = await requirePerson(deps.people, personId, roomId);
  const today = todayInAmsterdam(deps.now());
  const [stages, history] = await Promise.all([
    deps.people.listStages(personId),
    deps.people.history(personId),
  ]);
  const window = cooperativeWindow(today);
  const hours = await deps.people.hoursBetween(personId, window.from, window.to);
  return {
    person,
    stages,
    currentStage: currentStage(stages, today),
    history,
    cooperative: cooperativeEligibility(stages, hours, today),
  };
}
