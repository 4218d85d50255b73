import { LADDER_STAGES, type LadderStage } from "../people/ladder";
import { addDays, type IsoDate } from "../shared/dates";
import type { IndicatorResult } from "./compute-indicators";

/**
 * Growth in figures (DOMAIN §10 "Ladder stages", "New and returning", "Volunteer turnover") for a
 * scope of rooms and a period, from the kept ladder (`stages`) and the registrations. A person
 * counts once over the rooms of the scope.
 */
export interface GrowthFigures {
  /** Persons whose earliest start of the stage in the scope's rooms falls in the period. */
  reached: Record<LadderStage, number>;
  /** Persons who reached the stage in the period, higher than any stage they held before it. */
  movedUp: Record<LadderStage, number>;
  /** Distinct persons who moved up (a person moving up two stages counts once). */
  movedUpPersons: number;
  /** Persons whose last open stage ended in the period (by that stage) and none is open at its end. */
  stopped: Record<LadderStage, number>;
  stoppedPersons: number;
  /** Persons holding the stage on the period's last day. */
  held: Record<LadderStage, number>;
  /** Named persons with a visit in scope: new = first registration (visit or hours, any room) in the period. */
  participants: { new: number; returning: number };
  /** Persons with approved volunteer hours in scope: new = their first volunteer hours (any room) in the period. */
  volunteers: { new: number; returning: number };
  /** Volunteers of the previous period of the same length, and those of them without hours in this one. */
  turnover: { previousFrom: IsoDate; previousTo: IsoDate; previous: number; left: number };
}

/** Raw rows of the growth SQL: kind ∈ reached | moved_up | stopped, stage null for a total. */
export interface GrowthRow {
  kind: "reached" | "moved_up" | "stopped" | "held";
  stage: string | null;
  n: number;
}

export function emptyByStage(): Record<LadderStage, number> {
  return Object.fromEntries(LADDER_STAGES.map((s) => [s, 0])) as Record<LadderStage, number>;
}

const isMonthStart = (d: IsoDate) => d.endsWith("-01");
const isMonthEnd = (d: IsoDate) => addDays(d, 1).endsWith("-01");

/**
 * The period before: for whole calendar months (a year, a quarter) the same number of months
 * before; otherwise the same number of days before.
 */
export function previousPeriod(from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } {
  if (isMonthStart(from) && isMonthEnd(to)) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7)) +
      1;
    const y = Number(from.slice(0, 4));
    const m = Number(from.slice(5, 7)) - 1 - months;
    const start = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    return { from: start, to: addDays(from, -1) };
  }
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

const entry = (
  value: number | null,
  extras: Record<string, number | string | null> = {},
): IndicatorResult => ({
  value,
  target: null,
  target_of: null,
  target_status: "none",
  ...extras,
});

/**
 * The `growth.*` entries of the report JSON (docs/indicators.md "Growth figures"), after every
 * existing key: `growth.reached.<stage>` (INTERCHANGE), `growth.moved_up[.<stage>]`,
 * `growth.stopped[.<stage>]`, `growth.participants`, `growth.volunteers` (INTERCHANGE) and
 * `growth.volunteer_turnover`.
 */
export function growthEntries(g: GrowthFigures): Record<string, IndicatorResult> {
  const out: Record<string, IndicatorResult> = {};
  for (const s of LADDER_STAGES) out[`growth.reached.${s}`] = entry(g.reached[s]);
  out["growth.moved_up"] = entry(g.movedUpPersons);
  for (const s of LADDER_STAGES) out[`growth.moved_up.${s}`] = entry(g.movedUp[s]);
  out["growth.stopped"] = entry(g.stoppedPersons);
  for (const s of LADDER_STAGES) out[`growth.stopped.${s}`] = entry(g.stopped[s]);
  out["growth.participants"] = entry(g.participants.new + g.participants.returning, {
    new: g.participants.new,
    returning: g.participants.returning,
  });
  out["growth.volunteers"] = entry(g.volunteers.new + g.volunteers.returning, {
    new: g.volunteers.new,
    returning: g.volunteers.returning,
  });
  out["growth.volunteer_turnover"] = entry(
    g.turnover.previous > 0 ? g.turnover.left / g.turnover.previous : null,
    {
      previous: g.turnover.previous,
      left: g.turnover.left,
      previous_from: g.turnover.previousFrom,
      previous_to: g.turnover.previousTo,
    },
  );
  return out;
}
