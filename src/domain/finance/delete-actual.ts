import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";

export async function deleteActual(deps: FinanceDeps, roomId: string, id: number): Promise<void> {
  if (!(await deps.finance.deleteActual(roomId, id))) throw FinanceErrors.NotFound();
}
