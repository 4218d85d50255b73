import type { PlanningDeps } from "./ports";
import { type ScanArea, type ScanFigures, scanFigures } from "./scan";
import { projectShapes, type ScanMap } from "./scan-map";

export type ScanRow = ScanArea & ScanFigures & { hasCentre: boolean };

export interface ScanView {
  years: { year: number; municipalities: string[] }[];
  year: number | null;
  rows: ScanRow[];
  map: ScanMap;
  source: string;
}

/** The scan table of one year (default the latest), optionally one municipality, with its map. */
export async function getScan(
  deps: PlanningDeps,
  input: { year?: number; municipality?: string },
): Promise<ScanView> {
  const years = await deps.planning.scanYears();
  const year = input.year ?? years[0]?.year ?? null;
  const source = `Bron: CBS, Kerncijfers wijken en buurten${year ? ` ${year}` : ""} (CC BY 4.0)`;
  if (year === null) return { years, year, rows: [], map: { width: 800, height: 0, areas: [] }, source };
  const areas = await deps.planning.listScanAreas(year, input.municipality || undefined);
  const centres = new Set((await deps.planning.listCentres()).map((c) => c.code));
  const rows = areas
    .filter((a) => a.kind !== "gemeente")
    .map((a) => ({ ...a, ...scanFigures(a), hasCentre: centres.has(a.code) }));
  const buurten = rows.filter((r) => r.kind === "buurt");
  const shapes = await deps.planning.listShapes(buurten.map((r) => r.code));
  const map = projectShapes(
    shapes,
    new Map(buurten.map((r) => [r.code, { name: r.name, scanClass: r.scanClass }])),
  );
  return { years, year, rows, map, source };
}
