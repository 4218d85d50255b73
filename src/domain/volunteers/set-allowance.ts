import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

export interface AllowanceResult {
  id: number;
  yearTotal: number;
  limit: number | null;
  /** The year's allowances exceed the tax-free maximum: the excess is taxable income. */
  overLimit: boolean;
}

/** Sets a meewerkend vrijwilliger's allowance for a month ('yyyy-mm'), and warns above the yearly maximum. */
export async function setAllowance(
  deps: { volunteers: VolunteersRepository; people: PeopleRepository },
  roomId: string,
  input: { personId: number; month: string; amount: number },
): Promise<AllowanceResult> {
  if (!(input.amount >= 0 && input.amount < 100000))
    throw VolunteerErrors.BadAmount({ amount: input.amount });
  const monthStart = `${input.month}-01`;
  const d = new Date(`${monthStart}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  const monthEnd = d.toISOString().slice(0, 10);
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  if (!(await deps.volunteers.isMeewerkend(input.personId, monthStart, monthEnd))) {
    throw VolunteerErrors.NotMeewerkend({ month: input.month });
  }
  const id = await deps.volunteers.setAllowance({
    personId: input.personId,
    roomId,
    month: monthStart,
    amount: input.amount,
  });
  const year = Number(input.month.slice(0, 4));
  const [yearTotal, limit] = await Promise.all([
    deps.volunteers.allowanceTotal(input.personId, year),
    deps.volunteers.allowanceLimit(year),
  ]);
  return { id, yearTotal, limit, overLimit: limit !== null && yearTotal > limit };
}
