import type { VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

/** The cooperative sets the yearly tax-free maximum for volunteer allowances. */
export async function setAllowanceLimit(
  deps: { volunteers: VolunteersRepository },
  year: number,
  max: number,
): Promise<void> {
  if (!(max > 0 && max < 100000)) throw VolunteerErrors.BadAmount({ amount: max });
  await deps.volunteers.setAllowanceLimit(year, max);
}
