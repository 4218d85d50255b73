import type { PeopleRepository } from "../people/ports";
import { requirePerson } from "../people/require-person";
import type { PersonData, PrivacyRepository } from "./ports";

export interface PersonExport {
  exportedAt: string;
  personId: number;
  data: PersonData;
}

/**
 * Everything stored about a person (right of access), including help-question notes; the export
 * is written to the audit log like every read of a note.
 */
export async function exportPerson(
  deps: { privacy: PrivacyRepository; people: PeopleRepository; now: () => Date },
  roomId: string,
  input: { personId: number; userId: number | null },
): Promise<PersonExport> {
  await requirePerson(deps.people, input.personId, roomId);
  const data = await deps.privacy.exportData(input.personId);
  for (const q of data.help_questions ?? []) {
    if (q.note) {
      await deps.privacy.logNoteRead({
        userId: input.userId,
        personId: input.personId,
        roomId,
        questionId: Number(q.id),
        via: "export",
      });
    }
  }
  return { exportedAt: deps.now().toISOString(), personId: input.personId, data };
}
