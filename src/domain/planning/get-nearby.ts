import { vulnerableNearby } from "./nearby";
import { PlanningErrors } from "./planning.errors";
import type { PlanningDeps } from "./ports";

/** Vulnerable residents within 1.5 km of a buurt's centre or of given coordinates. */
export async function getNearby(
  deps: PlanningDeps,
  input: { year: number; code?: string; lat?: number; lon?: number },
) {
  const areas = await deps.planning.listScanAreas(input.year);
  const centres = await deps.planning.listCentres();
  let point: { lat: number; lon: number };
  if (input.code) {
    const code = input.code.trim().toUpperCase();
    if (!areas.some((a) => a.code === code)) throw PlanningErrors.UnknownArea({ code, year: input.year });
    const c = centres.find((x) => x.code === code);
    if (!c) throw PlanningErrors.NoCentre({ code });
    point = { lat: c.lat, lon: c.lon };
  } else if (input.lat !== undefined && input.lon !== undefined) {
    point = { lat: input.lat, lon: input.lon };
  } else {
    throw PlanningErrors.BadCoordinate({ file: "-", line: 0, field: "locatie", value: "" });
  }
  return vulnerableNearby(point, areas, centres);
}
