import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";
import type { Rates } from "./rates";
import { checkYear } from "./validate";

/** Sets the cooperative's own hourly rates for a year; a rate of 0 or less is refused. */
export async function setRates(deps: FinanceDeps, input: { year: number } & Rates): Promise<Rates> {
  const year = checkYear(input.year);
  if (!Number.isFinite(input.volunteerHourly) || input.volunteerHourly <= 0) {
    throw FinanceErrors.ZeroRate({ what: "een vrijwilligersuur" });
  }
  if (!Number.isFinite(input.staffHourly) || input.staffHourly <= 0) {
    throw FinanceErrors.ZeroRate({ what: "een onbetaald uur van een medewerker" });
  }
  const rates = {
    volunteerHourly: Math.round(input.volunteerHourly * 100) / 100,
    staffHourly: Math.round(input.staffHourly * 100) / 100,
  };
  await deps.finance.setRates(year, rates);
  return rates;
}
