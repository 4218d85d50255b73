import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";

/** The coordinator approves, corrects or rejects hours logged at the desk. */
export async function reviewHours(
  deps: DeskDeps,
  input: { roomId: string; hoursId: number; status: "approved" | "rejected"; hours?: number },
): Promise<{ id: number; status: string; hours: number }> {
  const row = await deps.desk.getHours(input.hoursId);
  if (!row || row.roomId !== input.roomId) throw DeskErrors.NotFound();
  await deps.desk.updateHours(row.id, { status: input.status, hours: input.hours });
  return { id: row.id, status: input.status, hours: input.hours ?? row.hours };
}
