import type { VolunteersRepository } from "./ports";

/** The room's allowances for a year, per person with the yearly total and the warning. */
export async function listAllowances(
  deps: { volunteers: VolunteersRepository },
  roomId: string,
  year: number,
): Promise<{
  year: number;
  limit: number | null;
  rows: {
    personId: number;
    firstName: string | null;
    months: Record<string, number>;
    total: number;
    yearTotalAllRooms: number;
    overLimit: boolean;
  }[];
}> {
  const [rows, limit] = await Promise.all([
    deps.volunteers.listAllowances(roomId, year),
    deps.volunteers.allowanceLimit(year),
  ]);
  const byPerson = new Map<
    number,
    { personId: number; firstName: string | null; months: Record<string, number>; total: number }
  >();
  for (const r of rows) {
    const p = byPerson.get(r.personId) ?? {
      personId: r.personId,
      firstName: r.firstName,
      months: {},
      total: 0,
    };
    p.months[r.month.slice(0, 7)] = r.amount;
    p.total += r.amount;
    byPerson.set(r.personId, p);
  }
  const out = [];
  for (const p of byPerson.values()) {
    // The tax-free maximum is per person, not per room: count allowances from every room.
    const yearTotalAllRooms = await deps.volunteers.allowanceTotal(p.personId, year);
    out.push({ ...p, yearTotalAllRooms, overLimit: limit !== null && yearTotalAllRooms > limit });
  }
  return { year, limit, rows: out };
}
