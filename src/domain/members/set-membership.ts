import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import { MemberErrors } from "./members.errors";
import type { MembersRepository } from "./ports";

/**
 * Records a person's membership of the room's residents' association for a year, paid or not.
 * A paid membership without an amount gets the association's dues.
 */
export async function setMembership(
  deps: { members: MembersRepository; people: PeopleRepository },
  roomId: string,
  input: { personId: number; year: number; paid: boolean; amount?: number | null },
): Promise<number> {
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100)
    throw MemberErrors.BadYear({ year: input.year });
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  const since = await deps.members.firstKnown(input.personId);
  if (since && input.year < Number(since.slice(0, 4)))
    throw MemberErrors.BeforePersonExisted({ year: input.year, since });
  const amount = input.amount ?? (input.paid ? await deps.members.dues(roomId) : null);
  const existing = await deps.members.find(input.personId, roomId, input.year);
  if (existing) {
    await deps.members.update(existing.id, input.paid, amount);
    return existing.id;
  }
  return deps.members.insert({
    personId: input.personId,
    roomId,
    year: input.year,
    paid: input.paid,
    amount,
  });
}
