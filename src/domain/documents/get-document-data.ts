import { computeFinance, type FinanceReport } from "../finance/compute-finance";
import type { BudgetLine, Contribution, Plan } from "../finance/ports";
import { ratesForYear } from "../finance/rates";
import { budgetVsActual, type QuarterRow } from "../finance/spending";
import { computeIndicators, type IndicatorReport } from "../indicators/compute-indicators";
import type { StageTransition } from "../indicators/ports";
import { todayInAmsterdam } from "../shared/dates";
import { DocumentErrors } from "./documents.errors";
import type { DocumentKind } from "./model";
import type { BreakdownAttribute, DocumentDeps, RoomInfo } from "./ports";
import { type AgreementTexts, DEFAULT_COOPERATIVE_NAME, mergeTexts } from "./texts";

export interface BudgetVsActual {
  lines: QuarterRow[];
  categories: QuarterRow[];
  total: QuarterRow;
}

/** Everything a document of a set of rooms and a period is made of; pure data for the builders. */
export interface DocumentData {
  kind: DocumentKind;
  year: number;
  quarter: number | null;
  from: string;
  to: string;
  date: string;
  cooperative: { name: string; logo: string | null };
  texts: AgreementTexts;
  rooms: RoomInfo[];
  indicators: { total: IndicatorReport; perRoom: Record<string, IndicatorReport> };
  finance: { total: FinanceReport; perRoom: Record<string, FinanceReport> };
  lines: BudgetLine[];
  /** The year plans (agreement only): the hours residents and staff mean to invest. */
  plans: Plan[];
  contributions: Contribution[];
  spending: { total: BudgetVsActual; perRoom: Record<string, BudgetVsActual> };
  growth: StageTransition[];
  breakdowns: Record<BreakdownAttribute, { value: string | null; participants: number }[]>;
  stories: Record<string, string>;
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw DocumentErrors.BadYear({ year: String(year) });
  return year;
}

export function quarterRange(year: number, quarter: number | null): { from: string; to: string } {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (![1, 2, 3, 4].includes(quarter)) throw DocumentErrors.BadQuarter({ quarter: String(quarter) });
  const end = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  // Year to date: the quarterly report shows realisation so far against the year's targets.
  return { from: `${year}-01-01`, to: end };
}

/** The cooperative's name and logo from settings (`documents.cooperative`). */
export async function cooperativeOf(deps: Pick<DocumentDeps, "documents">) {
  const stored = (await deps.documents.getSetting("documents.cooperative")) as {
    name?: string;
    logo?: string | null;
  } | null;
  return { name: stored?.name?.trim() || DEFAULT_COOPERATIVE_NAME, logo: stored?.logo ?? null };
}

/**
 * Collects the figures of a document: indicators (year to date for a quarter) and finance per room
 * and for the rooms together (a person counted once), budget against spending, financing per
 * funder, ladder growth, the breakdowns by personal attribute, and the coordinators' stories.
 * Rooms must already be checked against the user (generate-document.ts).
 */
export async function getDocumentData(
  deps: DocumentDeps,
  input: { kind: DocumentKind; rooms: string[]; year: number; quarter: number | null },
): Promise<DocumentData> {
  const year = checkYear(input.year);
  const quarter = input.kind === "quarterly" ? (input.quarter ?? 0) : null;
  const { from, to } = quarterRange(year, quarter);
  const ids = [...new Set(input.rooms)].sort();
  const rooms = await deps.documents.rooms(ids);

  const [texts, cooperative, total, lines, contributions, own, hours, growth, landlord, newcomer, stories] =
    await Promise.all([
      deps.documents.getSetting("documents.texts"),
      cooperativeOf(deps),
      computeIndicators(deps, { rooms: ids, from, to }),
      deps.finance.listBudgetLines(ids, year),
      deps.finance.listContributions(ids, year),
      deps.finance.getRates(year),
      deps.documents.hoursByRoom(ids, from, to),
      deps.indicators.stageTransitions({ rooms: ids, from, to }),
      deps.documents.participantsBy("landlord", ids, from, to),
      deps.documents.participantsBy("newcomer", ids, from, to),
      deps.documents.stories(ids, year, quarter ?? 0),
    ]);
  const perRoom: Record<string, IndicatorReport> = {};
  // One at a time: PGlite runs one query at a time anyway, and the server pool stays free.
  for (const id of ids) perRoom[id] = await computeIndicators(deps, { rooms: [id], from, to });

  const { source: _s, ...rates } = ratesForYear(year, own);
  // In a quarterly report money counts when it was received by the end of the quarter.
  const counted = contributions.filter(
    (k) => input.kind !== "quarterly" || (k.status === "received" && (k.receivedOn ?? "") <= to),
  );
  const plans = input.kind === "agreement" ? await deps.finance.listPlans(ids, year) : [];
  const financeOf = (roomIds: string[]) =>
    computeFinance({
      rooms: roomIds,
      year,
      lines,
      contributions: counted,
      hours: hours
        .filter((h) => roomIds.includes(h.roomId))
        .reduce(
          (s, h) => ({ volunteer: s.volunteer + h.volunteer, staffUnpaid: s.staffUnpaid + h.staffUnpaid }),
          {
            volunteer: 0,
            staffUnpaid: 0,
          },
        ),
      plans,
      rates,
    });
  const finance = {
    total: financeOf(ids),
    perRoom: Object.fromEntries(ids.map((id) => [id, financeOf([id])])),
  };

  const spendingPerRoom: Record<string, BudgetVsActual> = {};
  const allActuals: { code: string; date: string; amount: number }[] = [];
  if (input.kind !== "agreement") {
    for (const id of ids) {
      const [actuals, petty] = await Promise.all([
        deps.finance.listActuals(id, year),
        deps.finance.listPettyCash(id, year),
      ]);
      const rows = [
        ...actuals.map((a) => ({ code: a.code, date: a.date, amount: a.amount })),
        ...petty.map((p) => ({ code: "D1", date: p.date, amount: p.amount })),
      ].filter((a) => a.date <= to);
      allActuals.push(...rows);
      spendingPerRoom[id] = budgetVsActual(
        lines.filter((l) => l.roomId === id),
        rows,
      );
    }
  }
  return {
    kind: input.kind,
    year,
    quarter,
    from,
    to,
    date: todayInAmsterdam(deps.now()),
    cooperative,
    texts: mergeTexts(texts as Record<string, unknown> | null),
    rooms,
    indicators: { total, perRoom },
    finance,
    lines,
    plans,
    contributions: counted,
    spending: { total: budgetVsActual(lines, allActuals), perRoom: spendingPerRoom },
    growth,
    breakdowns: { landlord, newcomer },
    stories: Object.fromEntries(stories.map((s) => [s.roomId, s.text])),
  };
}
