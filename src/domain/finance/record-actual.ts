import { FinanceErrors } from "./finance.errors";
import type { Actual, FinanceDeps } from "./ports";
import { checkAmount, checkCode, checkDate } from "./validate";

/** Records actual spending on a budget code (from the bookkeeping); negative only as a correction. */
export async function recordActual(
  deps: FinanceDeps,
  input: Omit<Actual, "id" | "description" | "correction"> & {
    description?: string | null;
    correction?: boolean;
  },
  createdBy: number | null,
): Promise<Actual> {
  const code = checkCode(input.code);
  const correction = input.correction ?? false;
  const actual = {
    roomId: input.roomId,
    date: checkDate(input.date),
    code,
    amount: checkAmount(input.amount, `de uitgave op ${code}`, correction),
    description: input.description?.trim() || null,
    correction,
  };
  if ((await deps.finance.existingRooms([actual.roomId])).length === 0) {
    throw FinanceErrors.UnknownRoom({ room: actual.roomId });
  }
  return { id: (await deps.finance.insertActual(actual, createdBy)) as number, ...actual };
}
