import { computeIndicators } from "../indicators/compute-indicators";
import type { IndicatorsRepository } from "../indicators/ports";

/**
 * What was realised in a past year of a multi-year plan, from the registrations (seed 002's result
 * rows): rooms that registered anything, volunteers and key holders, unique participants. Years
 * that are not over yet have no realisation (null).
 */
export interface YearRealisation {
  year: number;
  rooms: number;
  /** Distinct persons who volunteered (approved hours) or held a key: seed 002's combined row. */
  volunteersAndKeyHolders: number;
  volunteers: number;
  keyHolders: number;
  /** process.total of the indicator table over those rooms: a person counts once. */
  participants: number;
}

/** What the realisation needs from storage beyond the indicator engine. */
export interface RealisationSource {
  /** Rooms (of the city, or all when null) with a visit or approved volunteer hours in the year. */
  activeRooms(city: string | null, year: number): Promise<string[]>;
  /** Distinct persons with approved volunteer hours or a key held in the year, in these rooms. */
  volunteersOrKeyHolders(rooms: string[], year: number): Promise<number>;
  /** The cities the rooms are in, for choosing a plan's area. */
  cities(): Promise<string[]>;
}

export interface RealisationDeps {
  realisation: RealisationSource;
  indicators: IndicatorsRepository;
}

/** The realisation of each plan year that lies before `today`'s year; null for the others. */
export async function realiseYears(
  deps: RealisationDeps,
  city: string | null,
  years: number[],
  currentYear: number,
): Promise<(YearRealisation | null)[]> {
  return Promise.all(
    years.map(async (year) => {
      if (year >= currentYear) return null;
      const rooms = await deps.realisation.activeRooms(city, year);
      if (rooms.length === 0) {
        return { year, rooms: 0, volunteersAndKeyHolders: 0, volunteers: 0, keyHolders: 0, participants: 0 };
      }
      const [report, both] = await Promise.all([
        computeIndicators(
          { indicators: deps.indicators },
          { rooms, from: `${year}-01-01`, to: `${year}-12-31` },
        ),
        deps.realisation.volunteersOrKeyHolders(rooms, year),
      ]);
      const value = (id: keyof typeof report.indicators) => Number(report.indicators[id].value ?? 0);
      return {
        year,
        rooms: rooms.length,
        volunteersAndKeyHolders: both,
        volunteers: value("output.active_volunteers"),
        keyHolders: value("output.key_holders"),
        participants: value("process.total"),
      };
    }),
  );
}
