import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";

export async function deleteBudgetLine(deps: FinanceDeps, roomId: string, id: number): Promise<void> {
  const line = await deps.finance.getBudgetLine(id);
  if (!line || line.roomId !== roomId) throw FinanceErrors.NotFound();
  await deps.finance.deleteBudgetLine(id);
}
