import type { Actor } from "../auth/roles";
import { isIndicatorId } from "./definitions";
import { IndicatorErrors } from "./indicators.errors";
import type { IndicatorsRepository } from "./ports";
import { assertMayEditTargets, checkYear } from "./set-target";

/** Removes a room's own target, so that the preset applies again. Returns whether there was one. */
export async function clearTarget(
  deps: { indicators: IndicatorsRepository },
  actor: Actor,
  input: { roomId: string; year: number; indicator: string },
): Promise<boolean> {
  assertMayEditTargets(actor, input.roomId);
  if (!isIndicatorId(input.indicator)) throw IndicatorErrors.UnknownIndicator({ indicator: input.indicator });
  checkYear(input.year);
  return deps.indicators.clearTarget(input.roomId, input.year, input.indicator);
}
