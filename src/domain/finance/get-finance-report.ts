import { computeFinance, type FinanceReport } from "./compute-finance";
import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";
import { ratesForYear } from "./rates";
import { checkYear } from "./validate";

/**
 * The `report finance` object for a set of rooms in one year: lines, contributions, registered
 * hours, plans and the year's rates from storage, every figure from computeFinance. Who may see
 * which rooms is checked by the caller (route or CLI).
 */
export async function getFinanceReport(
  deps: FinanceDeps,
  input: { rooms: string[] | "all"; year: number },
): Promise<FinanceReport> {
  const year = checkYear(input.year);
  const rooms = input.rooms === "all" ? await deps.finance.allRoomIds() : [...new Set(input.rooms)];
  if (input.rooms !== "all") {
    if (rooms.length === 0) throw FinanceErrors.NoRooms();
    const known = new Set(await deps.finance.existingRooms(rooms));
    const unknown = rooms.find((r) => !known.has(r));
    if (unknown) throw FinanceErrors.UnknownRoom({ room: unknown });
  }
  const [lines, contributions, hours, plans, own] = await Promise.all([
    deps.finance.listBudgetLines(rooms, year),
    deps.finance.listContributions(rooms, year),
    deps.finance.hourTotals(rooms, year),
    deps.finance.listPlans(rooms, year),
    deps.finance.getRates(year),
  ]);
  const { source: _source, ...rates } = ratesForYear(year, own);
  return computeFinance({ rooms, year, lines, contributions, hours, plans, rates });
}
