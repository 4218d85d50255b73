import { PlanningErrors } from "./planning.errors";
import type { Geometry, PlanningDeps, Shape } from "./ports";

const CODE_KEYS = ["buurtcode", "wijkcode", "statcode", "code", "codering", "bu_code", "wk_code"];

/** Reads GeoJSON features (Polygon/MultiPolygon) keyed by their buurt or wijk code. */
export function parseShapes(text: string): { shapes: Shape[]; skipped: number } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw PlanningErrors.BadGeoJson({ reason: (e as Error).message });
  }
  const features = (doc as { features?: unknown }).features;
  if (!Array.isArray(features)) throw PlanningErrors.BadGeoJson({ reason: "geen FeatureCollection" });
  const shapes: Shape[] = [];
  let skipped = 0;
  for (const f of features as { properties?: Record<string, unknown>; geometry?: Geometry }[]) {
    const props = Object.fromEntries(
      Object.entries(f.properties ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const key = CODE_KEYS.find((k) => typeof props[k] === "string");
    const g = f.geometry;
    if (!key || !g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
      skipped++;
      continue;
    }
    shapes.push({ code: String(props[key]).trim().toUpperCase(), geometry: g });
  }
  return { shapes, skipped };
}

export async function importShapes(deps: PlanningDeps, input: { geojson: string }) {
  const { shapes, skipped } = parseShapes(input.geojson);
  const known = new Set(await deps.planning.allScanCodes());
  const stored = shapes.filter((s) => known.has(s.code));
  await deps.planning.saveShapes(stored);
  return {
    stored: stored.length,
    skipped,
    unknown: shapes.filter((s) => !known.has(s.code)).map((s) => s.code),
  };
}
