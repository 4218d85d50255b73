import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { HoursKind, VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

/**
 * Hours given by a volunteer (or unpaid hours of paid staff, kept apart as `staff_unpaid`).
 * Entered by the coordinator they are approved at once; the desk's entries wait for approval.
 */
export async function logHours(
  deps: { volunteers: VolunteersRepository; people: PeopleRepository },
  roomId: string,
  input: {
    personId: number;
    date: string;
    hours: number;
    kind?: HoursKind;
    activity?: string | null;
    approved: boolean;
  },
): Promise<number> {
  if (!(input.hours > 0 && input.hours <= 24)) throw VolunteerErrors.BadHours({ hours: input.hours });
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  const already = await deps.volunteers.hoursOnDay(input.personId, input.date);
  if (already + input.hours > 24) {
    throw VolunteerErrors.TooManyHours({
      date: input.date,
      already,
      hours: input.hours,
      total: already + input.hours,
    });
  }
  return deps.volunteers.addHours({
    roomId,
    date: input.date,
    personId: input.personId,
    hours: input.hours,
    kind: input.kind ?? "volunteer",
    activity: input.activity?.trim() || null,
    status: input.approved ? "approved" : "pending",
  });
}
