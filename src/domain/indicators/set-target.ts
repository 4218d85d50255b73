import { type Actor, canSeeRoom } from "../auth/roles";
import { CommonErrors } from "../shared/errors";
import { hasTargetOf, isIndicatorId } from "./definitions";
import { IndicatorErrors } from "./indicators.errors";
import type { IndicatorsRepository } from "./ports";
import type { TargetOverride } from "./targets";

export interface SetTargetInput {
  roomId: string;
  year: number;
  indicator: string;
  /** A number, "too_early", or null for "no target this year". */
  target: number | "too_early" | null;
  /** The "of" of an "x of y" target. */
  of?: number | null;
}

/** Only the cooperative, and coordinators for their own rooms, set a room's targets. */
export function assertMayEditTargets(actor: Actor, roomId: string) {
  if (actor.role !== "cooperative" && actor.role !== "coordinator") throw CommonErrors.Forbidden();
  if (!canSeeRoom(actor, roomId)) throw CommonErrors.NotFound();
}

export function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw IndicatorErrors.BadTarget({ reason: `jaar ${year} ligt niet tussen 2000 en 2100` });
  }
}

/** Sets a room's own target for one indicator and year, overriding the preset. */
export async function setTarget(
  deps: { indicators: IndicatorsRepository },
  actor: Actor,
  input: SetTargetInput,
): Promise<TargetOverride> {
  assertMayEditTargets(actor, input.roomId);
  if (!isIndicatorId(input.indicator)) throw IndicatorErrors.UnknownIndicator({ indicator: input.indicator });
  checkYear(input.year);
  const { target } = input;
  const of = input.of ?? null;
  if (typeof target === "number" && (!Number.isFinite(target) || target < 0)) {
    throw IndicatorErrors.BadTarget({ reason: "een streefcijfer is 0 of meer" });
  }
  if (of !== null) {
    if (!hasTargetOf(input.indicator)) {
      throw IndicatorErrors.BadTarget({ reason: `'${input.indicator}' heeft geen 'op'-getal` });
    }
    if (typeof target !== "number") throw IndicatorErrors.BadTarget({ reason: "'op' hoort bij een getal" });
    if (!Number.isFinite(of) || of < target) {
      throw IndicatorErrors.BadTarget({ reason: "'op' is minstens zo groot als het streefcijfer" });
    }
  }
  const [room] = await deps.indicators.roomsForTargets([input.roomId]);
  if (!room) throw IndicatorErrors.UnknownRoom({ room: input.roomId });
  const row: TargetOverride = {
    roomId: input.roomId,
    year: input.year,
    indicator: input.indicator,
    target: typeof target === "number" ? target : null,
    tooEarly: target === "too_early",
    targetOf: typeof target === "number" ? of : null,
  };
  await deps.indicators.setTarget(row);
  return row;
}
