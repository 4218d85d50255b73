import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps } from "./ports";

export async function deleteContribution(deps: FinanceDeps, roomId: string, id: number): Promise<void> {
  const k = await deps.finance.getContribution(id);
  if (!k || k.roomId !== roomId) throw FinanceErrors.NotFound();
  await deps.finance.deleteContribution(id);
}
