/**
 * What an hour is worth in the popular investment. The cooperative sets its own rates per year
 * (the seeds round to €11 and €37); without them the default is the statutory minimum wage in
 * force on 1 January (DOMAIN.md §9) and €37 for unpaid hours of paid staff.
 */
export interface Rates {
  volunteerHourly: number;
  staffHourly: number;
}

/** Statutory minimum wage per hour (36-hour week before 2024), DOMAIN.md §9. */
export const MINIMUM_WAGE: readonly { from: string; hourly: number }[] = [
  { from: "2019-01-01", hourly: 10.36 },
  { from: "2019-07-01", hourly: 10.49 },
  { from: "2020-01-01", hourly: 10.6 },
  { from: "2020-07-01", hourly: 10.77 },
  { from: "2021-01-01", hourly: 10.8 },
  { from: "2021-07-01", hourly: 10.91 },
  { from: "2022-01-01", hourly: 11.06 },
  { from: "2022-07-01", hourly: 11.26 },
  { from: "2023-01-01", hourly: 12.4 },
  { from: "2023-07-01", hourly: 12.79 },
  { from: "2024-01-01", hourly: 13.27 },
  { from: "2024-07-01", hourly: 13.68 },
  { from: "2025-01-01", hourly: 14.06 },
  { from: "2025-07-01", hourly: 14.4 },
  { from: "2026-01-01", hourly: 14.71 },
];

/** The base rate the seeds use for unpaid hours of paid staff. */
export const DEFAULT_STAFF_HOURLY = 37;

/** The minimum wage in force on 1 January of the year; before 2019 the 2019 figure. */
export function minimumWageOnJanuaryFirst(year: number): number {
  const day = `${String(year).padStart(4, "0")}-01-01`;
  let rate = MINIMUM_WAGE[0].hourly;
  for (const row of MINIMUM_WAGE) if (row.from <= day) rate = row.hourly;
  return rate;
}

export function defaultRates(year: number): Rates {
  return { volunteerHourly: minimumWageOnJanuaryFirst(year), staffHourly: DEFAULT_STAFF_HOURLY };
}

/** The cooperative's own rates for the year when set, else the defaults; `source` says which. */
export function ratesForYear(
  year: number,
  own: Rates | null | undefined,
): Rates & { source: "own" | "default" } {
  return own ? { ...own, source: "own" } : { ...defaultRates(year), source: "default" };
}
