import { todayInAmsterdam } from "../shared/dates";
import { checkMultiYear, computeMultiYear, emptyMultiYear, type MultiYearPlan } from "./multi-year-plan";
import type { PlanningDeps } from "./ports";
import { type RealisationDeps, realiseYears } from "./realisation";

export type MultiYearDeps = PlanningDeps & RealisationDeps & { now: () => Date };

async function withRealisation(deps: MultiYearDeps, plan: MultiYearPlan) {
  const figures = computeMultiYear(plan);
  const currentYear = Number(todayInAmsterdam(deps.now()).slice(0, 4));
  const [realised, cities] = await Promise.all([
    realiseYears(deps, plan.city ?? null, figures.years, currentYear),
    deps.realisation.cities(),
  ]);
  return { figures, realised, cities };
}

export async function saveMultiYear(deps: MultiYearDeps, plan: MultiYearPlan) {
  const p = checkMultiYear(plan, await deps.realisation.cities());
  await deps.planning.saveMultiYear(p.name, p);
  return { plan: p, ...(await withRealisation(deps, p)) };
}

/**
 * A saved plan with its figures and, for the years already past, what was realised; or a new
 * empty one under that name (its area is the city of that name when rooms are there).
 */
export async function getMultiYear(deps: MultiYearDeps, name: string, referenceYear: number) {
  const stored = (await deps.planning.getMultiYear(name)) as MultiYearPlan | null;
  let plan = stored;
  if (!plan) {
    const cities = await deps.realisation.cities();
    const city = cities.find((c) => c.toLowerCase() === name.trim().toLowerCase()) ?? null;
    plan = { ...emptyMultiYear(name, name, referenceYear), city };
  }
  return { plan, ...(await withRealisation(deps, plan)), saved: stored !== null };
}
