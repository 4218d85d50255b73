import type { FinanceDeps } from "./ports";
import { ratesForYear } from "./rates";
import { checkYear } from "./validate";

/** The rates a year's popular investment uses, and whether they are the cooperative's own or the default. */
export async function getRates(deps: FinanceDeps, year: number) {
  return { year: checkYear(year), ...ratesForYear(year, await deps.finance.getRates(year)) };
}
