import { FinanceErrors } from "./finance.errors";
import type { BudgetLine, FinanceDeps } from "./ports";
import { type BudgetLineDraft, budgetTemplate, indexBudget, type TemplateName } from "./templates";
import { checkYear } from "./validate";

export type BudgetStart =
  | { from: "template"; template: TemplateName; indexPct?: number }
  | { from: "copy"; fromYear: number; indexPct: number };

/**
 * Starts a room's budget for a year from a reference template (seed 000 §3A, prijspeil 2020) or
 * from an earlier year's lines raised by an index percentage. Refused when the year has lines
 * already, so that nothing is counted twice.
 */
export async function startBudget(
  deps: FinanceDeps,
  input: { roomId: string; year: number; start: BudgetStart },
): Promise<BudgetLine[]> {
  const year = checkYear(input.year);
  const { roomId, start } = input;
  if ((await deps.finance.existingRooms([roomId])).length === 0)
    throw FinanceErrors.UnknownRoom({ room: roomId });
  if ((await deps.finance.listBudgetLines([roomId], year)).length > 0) {
    throw FinanceErrors.BudgetExists({ room: roomId, year });
  }
  let drafts: BudgetLineDraft[];
  if (start.from === "template") {
    drafts = indexBudget(budgetTemplate(start.template), start.indexPct ?? 0);
  } else {
    const source = await deps.finance.listBudgetLines([roomId], checkYear(start.fromYear));
    if (source.length === 0) throw FinanceErrors.NoBudgetToCopy({ room: roomId, year: start.fromYear });
    drafts = indexBudget(
      source.map((l) => ({
        code: l.code,
        description: l.description ?? "",
        amount: l.amount,
        hoursPerWeek: l.hoursPerWeek,
        indirect: l.indirect,
      })),
      start.indexPct,
    );
  }
  const created: BudgetLine[] = [];
  for (const d of drafts) {
    const line = { roomId, year, ...d, description: d.description || null, correction: d.amount < 0 };
    created.push({ id: await deps.finance.insertBudgetLine(line), ...line });
  }
  return created;
}
