import { parseCentres } from "./nearby";
import type { PlanningDeps } from "./ports";

/** Imports buurt centres; codes no imported CBS table holds are reported back and not stored. */
export async function importCentres(deps: PlanningDeps, input: { file: string; csv: string }) {
  const known = new Set(await deps.planning.allScanCodes());
  const { centres, unknown } = parseCentres(input.file, input.csv, known);
  await deps.planning.saveCentres(centres);
  return { stored: centres.length, unknown };
}
