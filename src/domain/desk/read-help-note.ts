import type { Actor } from "../auth/roles";
import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";

/** A coordinator reads the note of a help question; every read is written to the audit log. */
export async function readHelpNote(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; helpQuestionId: number },
): Promise<{ id: number; note: string | null }> {
  const read = await deps.desk.readHelpNote(input.roomId, input.helpQuestionId, actor.userId);
  if (!read) throw DeskErrors.NotFound();
  return { id: input.helpQuestionId, note: read.note };
}
