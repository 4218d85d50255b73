import { INDICATORS, type IndicatorId } from "./definitions";
import { IndicatorErrors } from "./indicators.errors";
import type { IndicatorsRepository } from "./ports";
import { overrideTarget, presetKind, presetTarget, type ResolvedTarget } from "./targets";

export interface RoomTargetRow {
  indicator: IndicatorId;
  group: string;
  nl: string;
  en: string;
  housing: boolean;
  /** From the room's variant and opening date. */
  preset: ResolvedTarget;
  /** The room's own target for the year, or null when the preset applies. */
  own: ResolvedTarget | null;
  /** What reports use: `own` when there is one, else `preset`. */
  effective: ResolvedTarget;
}

/** A room's targets for a year, indicator by indicator, for the targets screen. */
export async function getRoomTargets(
  deps: { indicators: IndicatorsRepository },
  input: { roomId: string; year: number },
): Promise<{ room: string; year: number; preset: string; targets: RoomTargetRow[] }> {
  const [room] = await deps.indicators.roomsForTargets([input.roomId]);
  if (!room) throw IndicatorErrors.UnknownRoom({ room: input.roomId });
  const overrides = await deps.indicators.targetOverrides([room.id], input.year);
  const own = new Map(overrides.map((o) => [o.indicator, overrideTarget(o)]));
  const targets = INDICATORS.map((d) => {
    const preset = presetTarget(room, input.year, d.id);
    const mine = own.get(d.id) ?? null;
    return {
      indicator: d.id,
      group: d.group,
      nl: d.nl,
      en: d.en,
      housing: d.housing,
      preset,
      own: mine,
      effective: mine ?? preset,
    };
  });
  return { room: room.id, year: input.year, preset: presetKind(room, input.year), targets };
}
