import { defaultIndirect } from "./categories";
import { FinanceErrors } from "./finance.errors";
import type { BudgetLine, FinanceDeps } from "./ports";
import { checkAmount, checkCode, checkHours, checkYear } from "./validate";

export interface BudgetLineInput {
  /** Given to change an existing line; absent to add one. */
  id?: number;
  roomId: string;
  year: number;
  code: string;
  amount: number;
  description?: string | null;
  /** Absent: the default (A3 and every E line are overhead). */
  indirect?: boolean;
  hoursPerWeek?: number | null;
  /** A negative amount is only accepted as an explicit correction. */
  correction?: boolean;
}

/** Adds or changes one budget line, refusing an unknown category or an uncorrected negative amount. */
export async function saveBudgetLine(deps: FinanceDeps, input: BudgetLineInput): Promise<BudgetLine> {
  const code = checkCode(input.code);
  const correction = input.correction ?? false;
  const line: Omit<BudgetLine, "id"> = {
    roomId: input.roomId,
    year: checkYear(input.year),
    code,
    amount: checkAmount(input.amount, `begrotingsregel ${code}`, correction),
    description: input.description?.trim() || null,
    indirect: input.indirect ?? defaultIndirect(code),
    hoursPerWeek: input.hoursPerWeek == null ? null : checkHours(input.hoursPerWeek, "uren per week"),
    correction,
  };
  if ((await deps.finance.existingRooms([line.roomId])).length === 0) {
    throw FinanceErrors.UnknownRoom({ room: line.roomId });
  }
  if (input.id === undefined) return { id: await deps.finance.insertBudgetLine(line), ...line };
  const old = await deps.finance.getBudgetLine(input.id);
  if (!old || old.roomId !== line.roomId) throw FinanceErrors.NotFound();
  await deps.finance.updateBudgetLine({ id: input.id, ...line });
  return { id: input.id, ...line };
}
