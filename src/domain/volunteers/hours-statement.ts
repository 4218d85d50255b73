import { ratesForYear } from "../finance/rates";
import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { VolunteersRepository } from "./ports";

export interface HoursStatement {
  person: { id: number; ref: string | null; firstName: string | null };
  year: number;
  months: { month: string; volunteer: number; staffUnpaid: number }[];
  totals: { volunteer: number; staffUnpaid: number };
  /** What the hours are worth in the popular investment (DOMAIN.md §6): unpaid staff hours at the staff rate. */
  value: { volunteer: number; staffUnpaid: number; volunteerRate: number; staffRate: number };
}

/** A volunteer's yearly statement of approved hours (for the volunteer and, if asked, an agency). */
export async function hoursStatement(
  deps: { volunteers: VolunteersRepository; people: PeopleRepository },
  roomId: string,
  personId: number,
  year: number,
): Promise<HoursStatement> {
  const person = await requirePerson(deps.people, personId, roomId);
  const rows = await deps.volunteers.statement(personId, year);
  const byMonth = new Map<string, { month: string; volunteer: number; staffUnpaid: number }>();
  for (const r of rows) {
    const m = byMonth.get(r.month) ?? { month: r.month, volunteer: 0, staffUnpaid: 0 };
    if (r.kind === "volunteer") m.volunteer += r.hours;
    else m.staffUnpaid += r.hours;
    byMonth.set(r.month, m);
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  const totals = months.reduce(
    (t, m) => ({ volunteer: t.volunteer + m.volunteer, staffUnpaid: t.staffUnpaid + m.staffUnpaid }),
    { volunteer: 0, staffUnpaid: 0 },
  );
  const rate = ratesForYear(year, await deps.volunteers.rate(year));
  return {
    person: { id: person.id, ref: person.ref, firstName: person.firstName },
    year,
    months,
    totals,
    value: {
      volunteer: totals.volunteer * rate.volunteerHourly,
      staffUnpaid: totals.staffUnpaid * rate.staffHourly,
      volunteerRate: rate.volunteerHourly,
      staffRate: rate.staffHourly,
    },
  };
}
