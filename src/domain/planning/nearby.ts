import { parseCsv } from "../import/csv";
import { PlanningErrors } from "./planning.errors";
import { MIN_VULNERABLE, RADIUS_KM, type ScanArea, scanFigures } from "./scan";

export interface Centre {
  code: string;
  lat: number;
  lon: number;
}

/** Great-circle distance in km (haversine, mean earth radius): exact enough at 1.5 km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface NearbyResult {
  point: { lat: number; lon: number };
  radiusKm: number;
  /** Buurten whose centre lies within the radius, nearest first. */
  areas: { code: string; name: string; distanceKm: number; vulnerable: number | null }[];
  vulnerable: number;
  /** Buurten within reach whose vulnerable count CBS left out ("."): the sum is then a lower bound. */
  unknown: number;
  enough: boolean;
  minimum: number;
}

/**
 * Vulnerable residents of the buurten whose centre lies within 1.5 km of a point. Only buurten
 * count: adding wijken too would count the same residents twice.
 */
export function vulnerableNearby(
  point: { lat: number; lon: number },
  areas: ScanArea[],
  centres: Centre[],
  radiusKm = RADIUS_KM,
): NearbyResult {
  const byCode = new Map(centres.map((c) => [c.code, c]));
  const inside = areas
    .filter((a) => a.kind === "buurt")
    .flatMap((a) => {
      const c = byCode.get(a.code);
      if (!c) return [];
      const d = distanceKm(point, c);
      return d <= radiusKm
        ? [{ code: a.code, name: a.name, distanceKm: d, vulnerable: scanFigures(a).vulnerable }]
        : [];
    })
    .sort((x, y) => x.distanceKm - y.distanceKm || x.code.localeCompare(y.code));
  const vulnerable = inside.reduce((s, a) => s + (a.vulnerable ?? 0), 0);
  return {
    point,
    radiusKm,
    areas: inside,
    vulnerable,
    unknown: inside.filter((a) => a.vulnerable === null).length,
    enough: vulnerable >= MIN_VULNERABLE,
    minimum: MIN_VULNERABLE,
  };
}

export interface CentresFile {
  centres: Centre[];
  /** Codes in the file that the scan table lacks, with their line: reported, never matched by guess. */
  unknown: { line: number; code: string }[];
}

const num = (s: string) => Number(s.trim().replace(",", "."));

/** Reads a CSV of code, latitude, longitude (header optional; `;` or `,`). */
export function parseCentres(file: string, text: string, knownCodes: Set<string>): CentresFile {
  const records = parseCsv(text);
  const first = records[0]?.cells ?? [];
  const hasHeader = first.length > 1 && !Number.isFinite(num(first[1] ?? ""));
  const rows = hasHeader ? records.slice(1) : records;
  let [ci, lati, loni] = [0, 1, 2];
  if (hasHeader) {
    const h = first.map((c) => c.trim().toLowerCase());
    const find = (names: string[], d: number) => {
      const i = h.findIndex((x) => names.includes(x));
      return i >= 0 ? i : d;
    };
    ci = find(["code", "codering", "buurtcode", "wijkenenbuurten"], 0);
    lati = find(["lat", "latitude", "breedtegraad"], 1);
    loni = find(["lon", "lng", "longitude", "lengtegraad"], 2);
  }
  const centres: Centre[] = [];
  const unknown: CentresFile["unknown"] = [];
  for (const r of rows) {
    const code = (r.cells[ci] ?? "").trim().toUpperCase();
    if (!code) continue;
    const lat = num(r.cells[lati] ?? "");
    const lon = num(r.cells[loni] ?? "");
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
      throw PlanningErrors.BadCoordinate({
        file,
        line: r.line,
        field: "breedtegraad",
        value: r.cells[lati] ?? "",
      });
    }
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
      throw PlanningErrors.BadCoordinate({
        file,
        line: r.line,
        field: "lengtegraad",
        value: r.cells[loni] ?? "",
      });
    }
    if (!knownCodes.has(code)) unknown.push({ line: r.line, code });
    else centres.push({ code, lat, lon });
  }
  if (centres.length === 0 && unknown.length === 0) throw PlanningErrors.EmptyFile({ file });
  return { centres, unknown };
}
