import { FinanceErrors, type FinanceWarning } from "./finance.errors";
import { isPettyCashCategory, PETTY_CASH_MONTHLY_LIMIT, pettyCashMonths } from "./petty-cash";
import type { FinanceDeps, PettyCashRow } from "./ports";
import { checkAmount, checkDate } from "./validate";

/**
 * Writes an expense in the room's petty cash book. Going over € 250 in a month is allowed (the
 * money is spent already) but answered with a warning, as the cooperative's budget rules ask.
 */
export async function addPettyCashEntry(
  deps: FinanceDeps,
  input: {
    roomId: string;
    date: string;
    amount: number;
    category: string;
    description?: string | null;
    receipt: boolean;
    correction?: boolean;
  },
  createdBy: number | null,
): Promise<{ entry: PettyCashRow; warnings: FinanceWarning[] }> {
  if (!isPettyCashCategory(input.category)) {
    throw FinanceErrors.UnknownPettyCashCategory({ category: input.category });
  }
  const correction = input.correction ?? false;
  const row = {
    roomId: input.roomId,
    date: checkDate(input.date),
    amount: checkAmount(input.amount, "de uitgave uit het handgeld", correction),
    category: input.category,
    description: input.description?.trim() || null,
    receipt: input.receipt,
    correction,
  };
  if ((await deps.finance.existingRooms([row.roomId])).length === 0)
    throw FinanceErrors.UnknownRoom({ room: row.roomId });
  const id = await deps.finance.insertPettyCash(row, createdBy);
  const month = row.date.slice(0, 7);
  const book = await deps.finance.listPettyCash(row.roomId, Number(row.date.slice(0, 4)));
  const m = pettyCashMonths(book).find((x) => x.month === month);
  const warnings: FinanceWarning[] = [];
  if (m?.overLimit) {
    warnings.push({
      code: "finance.petty_cash_over_limit",
      nl: `Let op: in ${month} is nu € ${m.total.toFixed(2)} handgeld uitgegeven. Dat is meer dan € ${PETTY_CASH_MONTHLY_LIMIT} per maand.`,
      en: `Note: € ${m.total.toFixed(2)} petty cash has now been spent in ${month}. That is more than € ${PETTY_CASH_MONTHLY_LIMIT} a month.`,
    });
  }
  return { entry: { id, ...row }, warnings };
}
