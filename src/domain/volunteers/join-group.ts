import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

/** A person joins a volunteer group of the room. */
export async function joinGroup(
  deps: { volunteers: VolunteersRepository; people: PeopleRepository },
  roomId: string,
  input: { groupId: number; personId: number; joined: string },
): Promise<void> {
  const group = await deps.volunteers.getGroup(input.groupId);
  if (!group || group.roomId !== roomId) throw VolunteerErrors.UnknownGroup();
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  if (group.members.some((m) => m.personId === input.personId && m.leftOn === null))
    throw VolunteerErrors.AlreadyInGroup();
  await deps.volunteers.addGroupMember(input.groupId, input.personId, input.joined);
}
