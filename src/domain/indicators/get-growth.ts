import { LADDER_STAGES, type LadderStage } from "../people/ladder";
import { type SMALL, showCount } from "../privacy/small-cells";
import { type IsoDate, todayInAmsterdam, yearRange } from "../shared/dates";
import { checkRooms } from "./compute-indicators";
import { previousPeriod } from "./growth";
import type { IndicatorsRepository } from "./ports";

type Count = number | typeof SMALL;

/** The dashboard's growth on the ladder (docs/dashboard.md "Growth"): every stage, this year up to `as_of`. */
export interface DashboardGrowth {
  rooms: string[];
  year: number;
  as_of: IsoDate | null;
  /** Every stage of §2 in order, also those nobody reached. */
  stages: { stage: LadderStage; held: Count; reached: Count; moved_up: Count; stopped: Count }[];
  moved_up: Count;
  stopped: Count;
  participants: { new: Count; returning: Count };
  volunteers: { new: Count; returning: Count };
  /** Volunteers of last year, those of them without hours this year, and the fraction (null without volunteers last year). */
  turnover: { previous: Count; left: Count; value: number | null };
}

/**
 * Growth in figures for a set of rooms and a year (DOMAIN §10), for the dashboard: reached, moved
 * up, stopped and held per stage, new and returning participants and volunteers, and volunteer
 * turnover against the year before. `outside` (funders, boards) shows a count of 1–4 as "< 5"
 * (DOMAIN §10 "Small cells"), and then no turnover fraction that would give it away.
 */
export async function getGrowth(
  deps: { indicators: IndicatorsRepository; now: () => Date },
  input: { rooms: readonly string[]; year: number; outside?: boolean },
): Promise<DashboardGrowth> {
  const { ids } = await checkRooms(deps, input.rooms);
  const { from, to } = yearRange(input.year);
  const today = todayInAmsterdam(deps.now());
  const asOf = today > to ? to : today < from ? null : today;
  const zero = { new: 0, returning: 0 };
  if (asOf === null) {
    return {
      rooms: ids,
      year: input.year,
      as_of: null,
      stages: LADDER_STAGES.map((stage) => ({ stage, held: 0, reached: 0, moved_up: 0, stopped: 0 })),
      moved_up: 0,
      stopped: 0,
      participants: zero,
      volunteers: zero,
      turnover: { previous: 0, left: 0, value: null },
    };
  }
  // This year so far against the whole year before.
  const g = await deps.indicators.growth({ rooms: ids, from, to: asOf }, previousPeriod(from, to));
  const c = (n: number): Count => (input.outside ? showCount(n) : n);
  const turnoverValue = g.turnover.previous > 0 ? g.turnover.left / g.turnover.previous : null;
  const hidden =
    input.outside &&
    (c(g.turnover.previous) !== g.turnover.previous || c(g.turnover.left) !== g.turnover.left);
  return {
    rooms: ids,
    year: input.year,
    as_of: asOf,
    stages: LADDER_STAGES.map((stage) => ({
      stage,
      held: c(g.held[stage]),
      reached: c(g.reached[stage]),
      moved_up: c(g.movedUp[stage]),
      stopped: c(g.stopped[stage]),
    })),
    moved_up: c(g.movedUpPersons),
    stopped: c(g.stoppedPersons),
    participants: { new: c(g.participants.new), returning: c(g.participants.returning) },
    volunteers: { new: c(g.volunteers.new), returning: c(g.volunteers.returning) },
    turnover: {
      previous: c(g.turnover.previous),
      left: c(g.turnover.left),
      value: hidden ? null : turnoverValue,
    },
  };
}
