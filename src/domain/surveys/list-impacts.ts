import { type Actor, canSeeRoom } from "../auth/roles";
import { yearRange } from "../shared/dates";
import { CommonErrors } from "../shared/errors";
import type { ImpactRow, SurveysRepository } from "./ports";

/** A room's impact interviews of a year. Notes may be sensitive: coordinators and the cooperative only. */
export async function listImpacts(
  deps: { surveys: SurveysRepository },
  actor: Actor,
  input: { roomId: string; year: number },
): Promise<ImpactRow[]> {
  if (actor.role !== "coordinator" && actor.role !== "cooperative") throw CommonErrors.Forbidden();
  if (!canSeeRoom(actor, input.roomId)) throw CommonErrors.NotFound();
  const { from, to } = yearRange(input.year);
  return deps.surveys.listImpacts(input.roomId, from, to);
}
