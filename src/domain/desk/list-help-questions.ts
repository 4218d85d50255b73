import type { DeskDeps } from "./deps";
import type { HelpQuestionSummary } from "./ports";

/** The room's help questions for the coordinator: who, when, which domains; the note is read one by one. */
export async function listHelpQuestions(
  deps: DeskDeps,
  input: { roomId: string },
): Promise<HelpQuestionSummary[]> {
  return deps.desk.listHelpQuestions(input.roomId, 200);
}
