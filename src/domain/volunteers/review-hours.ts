import { CommonErrors } from "../shared/errors";
import type { VolunteersRepository } from "./ports";

/** The coordinator approves or rejects hours of the room (the desk's entries arrive pending). */
export async function reviewHours(
  deps: { volunteers: VolunteersRepository },
  roomId: string,
  input: { ids: number[]; decision: "approved" | "rejected"; userId: number | null },
): Promise<{ changed: number }> {
  if (input.ids.length === 0) throw CommonErrors.Invalid({ field: "ids", reason: "kies minstens één regel" });
  const changed = await deps.volunteers.setStatus(input.ids, roomId, input.decision, input.userId);
  return { changed };
}
