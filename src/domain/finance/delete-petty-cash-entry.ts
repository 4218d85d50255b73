import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";

export async function deletePettyCashEntry(deps: FinanceDeps, roomId: string, id: number): Promise<void> {
  if (!(await deps.finance.deletePettyCash(roomId, id))) throw FinanceErrors.NotFound();
}
