import type { Geometry, Shape } from "./ports";
import type { ScanClass } from "./scan";

export interface MapArea {
  code: string;
  name: string;
  scanClass: ScanClass | null;
  /** SVG path data in the map's own coordinates. */
  path: string;
}

export interface ScanMap {
  width: number;
  height: number;
  areas: MapArea[];
}

const rings = (g: Geometry) => (g.type === "Polygon" ? g.coordinates : g.coordinates.flat());

/**
 * Projects GeoJSON polygons (lon/lat) to SVG paths: equirectangular, x scaled by cos(mean latitude)
 * so a buurt in the Netherlands is not stretched, fitted to the bounds. No tiles: works offline.
 */
export function projectShapes(
  shapes: Shape[],
  info: Map<string, { name: string; scanClass: ScanClass | null }>,
  width = 800,
): ScanMap {
  const all = shapes.flatMap((s) => rings(s.geometry).flat());
  if (all.length === 0) return { width, height: 0, areas: [] };
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = width / spanX;
  const height = Math.round(spanY * scale);
  const pt = ([lon, lat]: [number, number]) =>
    `${((lon - minLon) * k * scale).toFixed(1)},${((maxLat - lat) * scale).toFixed(1)}`;
  return {
    width,
    height,
    areas: shapes.map((s) => ({
      code: s.code,
      name: info.get(s.code)?.name ?? s.code,
      scanClass: info.get(s.code)?.scanClass ?? null,
      path: rings(s.geometry)
        .map((r) => `M${r.map(pt).join("L")}Z`)
        .join(""),
    })),
  };
}
