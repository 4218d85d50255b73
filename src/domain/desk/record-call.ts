import type { Actor } from "../auth/roles";
import { todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";
import type { CallOutcome } from "./rules";

/** Records the outcome of a call of the call round; the person leaves the list unless there was no answer. */
export async function recordCall(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; personId: number; outcome: CallOutcome; note?: string | null },
): Promise<{ id: number }> {
  if (!(await deps.desk.personInRoom(input.roomId, input.personId))) throw DeskErrors.UnknownPerson();
  const id = await deps.desk.insertCallOutcome({
    roomId: input.roomId,
    personId: input.personId,
    date: todayInAmsterdam(deps.now()),
    outcome: input.outcome,
    note: input.note?.trim() || null,
    createdBy: actor.userId,
  });
  return { id };
}
