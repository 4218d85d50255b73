import {
  INDICATORS,
  type IndicatorId,
  indicatorDefinition,
  isCountIndicator,
  type PresetKind,
} from "./definitions";

export type TargetStatus = "set" | "too_early" | "none";

/** A target as the report prints it (INTERCHANGE "Report JSON"). */
export interface ResolvedTarget {
  target: number | null;
  target_of: number | null;
  target_status: TargetStatus;
}

export interface RoomForTargets {
  id: string;
  variant: "light" | "full";
  /** Opening date 'yyyy-mm-dd', or null when unknown. */
  opened: string | null;
}

/** A row of the `targets` table: a room's own target for one year, overriding the preset. */
export interface TargetOverride {
  roomId: string;
  year: number;
  indicator: string;
  target: number | null;
  tooEarly: boolean;
  targetOf: number | null;
}

/**
 * Which preset applies to a room in a year: light rooms the light one; full rooms the "first 3
 * years" one in the calendar year of opening and the two after (and before opening), the "after"
 * one later. A full room without an opening date is treated as established.
 */
export function presetKind(room: RoomForTargets, year: number): PresetKind {
  if (room.variant === "light") return "light";
  if (!room.opened) return "full";
  const openedYear = Number(room.opened.slice(0, 4));
  return year <= openedYear + 2 ? "full_start" : "full";
}

function fromParts(target: number | null, tooEarly: boolean, targetOf: number | null): ResolvedTarget {
  if (tooEarly) return { target: null, target_of: null, target_status: "too_early" };
  return { target, target_of: targetOf, target_status: "set" };
}

/** The preset target of one indicator for a room and year. */
export function presetTarget(room: RoomForTargets, year: number, id: IndicatorId): ResolvedTarget {
  const p = indicatorDefinition(id).presets[presetKind(room, year)];
  return fromParts(p.target, p.tooEarly, p.targetOf);
}

/** The target of a room's own `targets` row: a number, too early, or explicitly none. */
export function overrideTarget(row: TargetOverride): ResolvedTarget {
  if (row.tooEarly) return fromParts(null, true, null);
  if (row.target === null) return { target: null, target_of: null, target_status: "none" };
  return fromParts(row.target, false, row.targetOf);
}

/** Every indicator's target for one room and year: the preset, overridden by the room's rows. */
export function roomTargets(
  room: RoomForTargets,
  year: number,
  overrides: readonly TargetOverride[],
): Record<IndicatorId, ResolvedTarget> {
  const own = new Map(
    overrides.filter((o) => o.roomId === room.id && o.year === year).map((o) => [o.indicator, o]),
  );
  const out = {} as Record<IndicatorId, ResolvedTarget>;
  for (const def of INDICATORS) {
    const row = own.get(def.id);
    out[def.id] = row ? overrideTarget(row) : presetTarget(room, year, def.id);
  }
  return out;
}

const NONE: ResolvedTarget = { target: null, target_of: null, target_status: "none" };

/**
 * The target of several rooms together: count indicators add up when every room has a numeric
 * target (`target_of` adds up when every room has one too); otherwise, and for percentages,
 * means, budgets and audits, there is no combined target.
 */
export function combineTargets(id: IndicatorId, perRoom: readonly ResolvedTarget[]): ResolvedTarget {
  if (perRoom.length === 1) return perRoom[0];
  if (perRoom.length === 0 || !isCountIndicator(id)) return NONE;
  if (!perRoom.every((r) => r.target_status === "set" && r.target !== null)) return NONE;
  const target = perRoom.reduce((sum, r) => sum + (r.target ?? 0), 0);
  const targetOf = perRoom.every((r) => r.target_of !== null)
    ? perRoom.reduce((sum, r) => sum + (r.target_of ?? 0), 0)
    : null;
  return { target, target_of: targetOf, target_status: "set" };
}

/**
 * Targets of a set of rooms for a year. `year` null (a period over more than one calendar year)
 * has no targets: the agreement sets them per calendar year.
 */
export function resolveTargets(
  rooms: readonly RoomForTargets[],
  year: number | null,
  overrides: readonly TargetOverride[],
): Record<IndicatorId, ResolvedTarget> {
  const out = {} as Record<IndicatorId, ResolvedTarget>;
  if (year === null) {
    for (const def of INDICATORS) out[def.id] = NONE;
    return out;
  }
  const perRoom = rooms.map((r) => roomTargets(r, year, overrides));
  for (const def of INDICATORS) {
    out[def.id] = combineTargets(
      def.id,
      perRoom.map((p) => p[def.id]),
    );
  }
  return out;
}
