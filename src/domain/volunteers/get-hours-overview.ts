import type { HoursRow, MonthlyHours, VolunteersRepository } from "./ports";

/** Hours per volunteer per month for a year, and the entries still waiting for approval. */
export async function getHoursOverview(
  deps: { volunteers: VolunteersRepository },
  roomId: string,
  year: number,
): Promise<{ year: number; monthly: MonthlyHours[]; pending: HoursRow[] }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [monthly, pending] = await Promise.all([
    deps.volunteers.monthly(roomId, from, to),
    deps.volunteers.listHours(roomId, "1900-01-01", "9999-12-31", "pending"),
  ]);
  return { year, monthly, pending };
}
