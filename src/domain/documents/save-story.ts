import { DocumentErrors } from "./documents.errors";
import { checkYear } from "./get-document-data";
import type { DocumentDeps } from "./ports";

/**
 * The coordinator's story of a room for a year (quarter 0) or a quarter, printed in its report.
 * Room access is checked by the route (`:roomId`).
 */
export async function saveStory(
  deps: Pick<DocumentDeps, "documents">,
  input: { roomId: string; year: number; quarter: number; text: string; userId: number | null },
): Promise<void> {
  checkYear(input.year);
  if (![0, 1, 2, 3, 4].includes(input.quarter))
    throw DocumentErrors.BadQuarter({ quarter: String(input.quarter) });
  if (input.text.length > 20_000) throw DocumentErrors.StoryTooLong();
  await deps.documents.saveStory({ ...input, text: input.text.trim() });
}
