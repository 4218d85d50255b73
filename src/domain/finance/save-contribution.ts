import type { ContributionStatus } from "./categories";
import { FinanceErrors, type FinanceWarning } from "./finance.errors";
import type { FinanceDeps } from "./ports";
import { checkAmount, checkYear } from "./validate";

/**
 * Records a funder's contribution to a room for a year (status requested, granted or received,
 * dated today). A room and year without a budget is allowed — money is often requested before the
 * budget is final — but answered with a warning.
 */
export async function saveContribution(
  deps: FinanceDeps,
  input: {
    id?: number;
    roomId: string;
    year: number;
    funderId: number;
    amount: number;
    status?: ContributionStatus;
    note?: string | null;
    today: string;
  },
): Promise<{ id: number; warnings: FinanceWarning[] }> {
  const year = checkYear(input.year);
  const amount = checkAmount(input.amount, "de bijdrage");
  if ((await deps.finance.existingRooms([input.roomId])).length === 0) {
    throw FinanceErrors.UnknownRoom({ room: input.roomId });
  }
  if (!(await deps.finance.getFunder(input.funderId))) throw FinanceErrors.UnknownFunder();
  const note = input.note?.trim() || null;
  let id: number;
  if (input.id !== undefined) {
    const old = await deps.finance.getContribution(input.id);
    if (!old || old.roomId !== input.roomId) throw FinanceErrors.NotFound();
    await deps.finance.updateContribution({ ...old, year, funderId: input.funderId, amount, note });
    id = old.id;
  } else {
    const status = input.status ?? "requested";
    id = await deps.finance.insertContribution({
      roomId: input.roomId,
      year,
      funderId: input.funderId,
      amount,
      status,
      requestedOn: input.today,
      grantedOn: status === "requested" ? null : input.today,
      receivedOn: status === "received" ? input.today : null,
      note,
    });
  }
  const warnings: FinanceWarning[] = [];
  if ((await deps.finance.listBudgetLines([input.roomId], year)).length === 0) {
    warnings.push({
      code: "finance.no_budget",
      nl: `Let op: kamer '${input.roomId}' heeft nog geen begroting voor ${year}. De bijdrage is wel opgeslagen.`,
      en: `Note: room '${input.roomId}' has no budget for ${year} yet. The contribution was saved.`,
    });
  }
  return { id, warnings };
}
