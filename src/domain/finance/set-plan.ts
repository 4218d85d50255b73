import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps, Plan } from "./ports";
import { checkHours, checkYear } from "./validate";

/** The hours the agreement plans for a room and year, for the planned popular investment. */
export async function setPlan(deps: FinanceDeps, input: Plan): Promise<Plan> {
  const plan = {
    roomId: input.roomId,
    year: checkYear(input.year),
    volunteerHours: checkHours(input.volunteerHours, "vrijwilligersuren"),
    staffUnpaidHours: checkHours(input.staffUnpaidHours, "onbetaalde uren medewerkers"),
  };
  if ((await deps.finance.existingRooms([plan.roomId])).length === 0)
    throw FinanceErrors.UnknownRoom({ room: plan.roomId });
  await deps.finance.setPlan(plan);
  return plan;
}
