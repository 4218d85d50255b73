import { computeBusinessCase, defaultScenario, type Scenario } from "./business-case";
import { PlanningErrors } from "./planning.errors";
import type { PlanningDeps } from "./ports";

/** A saved scenario with its computed columns; `template` gives a fresh one from seed 000. */
export async function getScenario(deps: PlanningDeps, name: string, template = false) {
  let scenario: Scenario;
  if (template) scenario = defaultScenario(name);
  else {
    const stored = (await deps.planning.getScenario(name)) as Scenario | null;
    if (!stored) throw PlanningErrors.UnknownScenario({ name });
    scenario = stored;
  }
  return { scenario, result: computeBusinessCase(scenario) };
}
