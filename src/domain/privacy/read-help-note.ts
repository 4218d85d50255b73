import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { PrivacyRepository } from "./ports";
import { PrivacyErrors } from "./privacy.errors";

/** A help question's note, for the coordinator. Every read is logged: who, when, which person. */
export async function readHelpNote(
  deps: { privacy: PrivacyRepository; people: PeopleRepository },
  roomId: string,
  input: { personId: number; questionId: number; userId: number | null },
): Promise<{ id: number; note: string | null }> {
  await requirePerson(deps.people, input.personId, roomId);
  const q = await deps.privacy.helpNote(input.questionId);
  if (!q || q.personId !== input.personId) throw PrivacyErrors.UnknownQuestion();
  await deps.privacy.logNoteRead({
    userId: input.userId,
    personId: input.personId,
    roomId: q.roomId,
    questionId: q.id,
    via: "person",
  });
  return { id: q.id, note: q.note };
}
