import { FUNDER_TYPES } from "./categories";
import { computeFinance, funderTypeShares, hoursShare } from "./compute-finance";
import { FinanceErrors, type FinanceWarning } from "./finance.errors";
import { housingCorporationShares } from "./housing-share";
import { pettyCashMonths } from "./petty-cash";
import type { FinanceDeps } from "./ports";
import { ratesForYear } from "./rates";
import { budgetVsActual } from "./spending";
import { checkYear } from "./validate";

/**
 * Everything the finance screen of one room and year shows: the budget lines, the financing per
 * funder with status, the rates, popular investment planned and realised, budget against actual
 * per quarter, the petty cash book and the housing corporations' share.
 */
export async function getRoomFinance(deps: FinanceDeps, roomId: string, yearIn: number) {
  const year = checkYear(yearIn);
  if ((await deps.finance.existingRooms([roomId])).length === 0)
    throw FinanceErrors.UnknownRoom({ room: roomId });
  const rooms = [roomId];
  const [lines, contributions, hours, plans, own, actuals, pettyCash, landlords, funders] = await Promise.all(
    [
      deps.finance.listBudgetLines(rooms, year),
      deps.finance.listContributions(rooms, year),
      deps.finance.hourTotals(rooms, year),
      deps.finance.listPlans(rooms, year),
      deps.finance.getRates(year),
      deps.finance.listActuals(roomId, year),
      deps.finance.listPettyCash(roomId, year),
      deps.finance.participantsByLandlord(roomId, year),
      deps.finance.listFunders(),
    ],
  );
  const rates = ratesForYear(year, own);
  const report = computeFinance({ rooms, year, lines, contributions, hours, plans, rates });
  const months = pettyCashMonths(pettyCash);
  const spending = budgetVsActual(lines, [
    ...actuals,
    // Petty cash is spent from the D1 line (handgeld).
    ...pettyCash.map((e) => ({ code: "D1", date: e.date, amount: e.amount })),
  ]);
  const corporationsPart = report.financing.by_type.housing_corporation ?? 0;
  const warnings: FinanceWarning[] = [];
  for (const m of months.filter((x) => x.overLimit)) {
    warnings.push({
      code: "finance.petty_cash_over_limit",
      nl: `In ${m.month} is € ${m.total.toFixed(2)} handgeld uitgegeven: meer dan € 250 per maand.`,
      en: `In ${m.month} € ${m.total.toFixed(2)} petty cash was spent: more than € 250 a month.`,
    });
  }
  if (report.financing.balance !== null && report.financing.balance < 0) {
    warnings.push({
      code: "finance.budget_unbalanced",
      nl: `De financiering is € ${(-report.financing.balance).toFixed(2)} lager dan de begroting.`,
      en: `Financing is € ${(-report.financing.balance).toFixed(2)} short of the budget.`,
    });
  }
  if (contributions.length > 0 && lines.length === 0) {
    warnings.push({
      code: "finance.no_budget",
      nl: `Er zijn bijdragen voor ${year}, maar nog geen begroting.`,
      en: `There are contributions for ${year}, but no budget yet.`,
    });
  }
  return {
    roomId,
    year,
    lines,
    contributions,
    funders,
    funderTypes: FUNDER_TYPES,
    rates,
    plan: plans[0] ?? null,
    report,
    shares: { byType: funderTypeShares(report), hours: hoursShare(report.popular) },
    spending,
    pettyCash: { entries: pettyCash, months },
    housing: {
      participants: landlords.participants,
      corporationsPart,
      landlords: housingCorporationShares({
        participants: landlords.participants,
        tenantsByLandlord: landlords.tenantsByLandlord,
        corporations: funders.filter((f) => f.type === "housing_corporation").map((f) => f.name),
        corporationsPart,
      }),
    },
    warnings,
  };
}

export type RoomFinance = Awaited<ReturnType<typeof getRoomFinance>>;
