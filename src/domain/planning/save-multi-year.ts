import { checkMultiYear, computeMultiYear, emptyMultiYear, type MultiYearPlan } from "./multi-year-plan";
import type { PlanningDeps } from "./ports";

export async function saveMultiYear(deps: PlanningDeps, plan: MultiYearPlan) {
  const p = checkMultiYear(plan);
  await deps.planning.saveMultiYear(p.name, p);
  return { plan: p, figures: computeMultiYear(p) };
}

/** A saved plan with its figures, or a new empty one under that name. */
export async function getMultiYear(deps: PlanningDeps, name: string, referenceYear: number) {
  const stored = (await deps.planning.getMultiYear(name)) as MultiYearPlan | null;
  const plan = stored ?? emptyMultiYear(name, name, referenceYear);
  return { plan, figures: computeMultiYear(plan), saved: stored !== null };
}
