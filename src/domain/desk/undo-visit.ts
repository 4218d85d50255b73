import type { Actor } from "../auth/roles";
import { todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";

/**
 * Undoes a wrong tap: deletes a visit (with a job's hours) that this user made today in this room.
 * Anything older, or someone else's, stays: corrections of the past are the coordinator's.
 */
export async function undoVisit(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; visitId: number },
): Promise<{ undone: number }> {
  const visit = await deps.desk.getVisit(input.visitId);
  if (!visit || visit.roomId !== input.roomId) throw DeskErrors.NotFound();
  if (visit.createdBy !== actor.userId || !visit.sourceKey?.startsWith("desk:"))
    throw DeskErrors.UndoNotYours();
  if (todayInAmsterdam(new Date(visit.createdAtMs)) !== todayInAmsterdam(deps.now()))
    throw DeskErrors.UndoTooLate();
  await deps.desk.withRoomLock(input.roomId, async (desk) => {
    await desk.deleteHoursByKeyPrefix(`${visit.sourceKey}:h`);
    await desk.deleteVisit(visit.id);
  });
  return { undone: visit.id };
}
