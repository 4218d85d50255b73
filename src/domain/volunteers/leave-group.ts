import type { VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

/** A person leaves a volunteer group (their membership stays as history). */
export async function leaveGroup(
  deps: { volunteers: VolunteersRepository },
  roomId: string,
  input: { groupId: number; personId: number; leftOn: string },
): Promise<void> {
  const group = await deps.volunteers.getGroup(input.groupId);
  if (!group || group.roomId !== roomId) throw VolunteerErrors.UnknownGroup();
  const open = group.members.find((m) => m.personId === input.personId && m.leftOn === null);
  if (!open) throw VolunteerErrors.UnknownGroup();
  if (input.leftOn < open.joined)
    throw VolunteerErrors.LeftBeforeJoined({ from: open.joined, to: input.leftOn });
  await deps.volunteers.endGroupMember(input.groupId, input.personId, input.leftOn);
}
