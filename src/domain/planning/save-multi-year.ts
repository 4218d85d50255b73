import { todayInAmsterdam } from "../shared/dates";
import { checkMultiYear, computeMultiYear, emptyMultiYear, type MultiYearPlan } from "./multi-year-plan";
import type { PlanningDeps } from "./ports";
import { type RealisationDeps, realiseYears } from "./realisation";

export type MultiYearDeps = PlanningDeps & RealisationDeps & { now: () => Date };

async function withRealisation(deps: MultiYearDeps, plan: MultiYearPlan, cities: string[]) {
  const figures = computeMultiYear(plan);
  const currentYear = Number(todayInAmsterdam(deps.now()).slice(0, 4));
  const realised = await realiseYears(deps, plan.city ?? null, figures.years, currentYear);
  return { figures, realised, cities };
}

export async function saveMultiYear(deps: MultiYearDeps, plan: MultiYearPlan) {
  const cities = await deps.realisation.cities();
  const p = checkMultiYear(plan, cities);
  await deps.planning.saveMultiYear(p.name, p);
  return { plan: p, ...(await withRealisation(deps, p, cities)) };
}

/**
 * A saved plan with its figures and, for the years already past, what was realised; or a new
 * empty one under that name (its area is the city of that name when rooms are there).
 */
export async function getMultiYear(deps: MultiYearDeps, name: string, referenceYear: number) {
  const [stored, cities] = await Promise.all([
    deps.planning.getMultiYear(name) as Promise<MultiYearPlan | null>,
    deps.realisation.cities(),
  ]);
  const city = cities.find((c) => c.toLowerCase() === name.trim().toLowerCase()) ?? null;
  const plan = stored ?? { ...emptyMultiYear(name, name, referenceYear), city };
  return { plan, ...(await withRealisation(deps, plan, cities)), saved: stored !== null };
}
