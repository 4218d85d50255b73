import type { Actor } from "../auth/roles";
import { todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";
import type { LifeDomain } from "./rules";

/**
 * Notes a help question on a person, with the life domains it touches. The desk may write the
 * note but never reads it back: only coordinators do, and every read is logged.
 */
export async function addHelpQuestion(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; personId: number; domains: LifeDomain[]; note?: string | null },
): Promise<{ id: number }> {
  if (input.domains.length === 0) throw DeskErrors.Required({ label: "levensgebied", field: "domains" });
  if (!(await deps.desk.personInRoom(input.roomId, input.personId))) throw DeskErrors.UnknownPerson();
  const id = await deps.desk.insertHelpQuestion({
    roomId: input.roomId,
    personId: input.personId,
    date: todayInAmsterdam(deps.now()),
    domains: [...new Set(input.domains)],
    note: input.note?.trim() || null,
    createdBy: actor.userId,
  });
  return { id };
}
