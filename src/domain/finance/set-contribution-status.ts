import { CONTRIBUTION_STATUSES, type ContributionStatus } from "./categories";
import { FinanceErrors } from "./finance.errors";
import type { Contribution, FinanceDeps } from "./ports";

/** Moves a contribution forward: requested → granted → received (a step may be skipped, never undone). */
export async function setContributionStatus(
  deps: FinanceDeps,
  input: { roomId: string; id: number; status: ContributionStatus; today: string },
): Promise<Contribution> {
  const k = await deps.finance.getContribution(input.id);
  if (!k || k.roomId !== input.roomId) throw FinanceErrors.NotFound();
  const from = CONTRIBUTION_STATUSES.indexOf(k.status);
  const to = CONTRIBUTION_STATUSES.indexOf(input.status);
  if (to < from) throw FinanceErrors.StatusBackwards({ from: k.status, to: input.status });
  const next: Contribution = {
    ...k,
    status: input.status,
    grantedOn: to >= 1 ? (k.grantedOn ?? input.today) : k.grantedOn,
    receivedOn: to >= 2 ? (k.receivedOn ?? input.today) : k.receivedOn,
  };
  await deps.finance.updateContribution(next);
  return next;
}
