import { parseCbsTable } from "./cbs-table";
import { PlanningErrors } from "./planning.errors";
import type { PlanningDeps } from "./ports";

/** Imports a CBS table for one year; rows of the same year and code are replaced. */
export async function importScan(deps: PlanningDeps, input: { year: number; file: string; csv: string }) {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    throw PlanningErrors.BadScenario({ reason: `jaar ${input.year}` });
  }
  const { areas, columns } = parseCbsTable(input.file, input.csv);
  await deps.planning.saveScanAreas(input.year, areas);
  return {
    year: input.year,
    areas: areas.length,
    buurten: areas.filter((a) => a.kind === "buurt").length,
    wijken: areas.filter((a) => a.kind === "wijk").length,
    municipalities: [...new Set(areas.map((a) => a.municipality))].sort(),
    columns,
  };
}
