import { checkScenario, type Scenario } from "./business-case";
import type { PlanningDeps } from "./ports";

export async function saveScenario(deps: PlanningDeps, scenario: Scenario) {
  const s = checkScenario(scenario);
  await deps.planning.saveScenario(s.name, s);
  return s;
}
