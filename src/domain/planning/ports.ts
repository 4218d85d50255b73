import type { Centre } from "./nearby";
import type { ScanArea } from "./scan";

export interface ScanAreaRow extends ScanArea {
  year: number;
}

export interface Shape {
  code: string;
  geometry: Geometry;
}

export type Ring = [number, number][];
export type Geometry =
  | { type: "Polygon"; coordinates: Ring[] }
  | { type: "MultiPolygon"; coordinates: Ring[][] };

export interface PlanningRepository {
  saveScanAreas(year: number, areas: ScanArea[]): Promise<void>;
  listScanAreas(year: number, municipality?: string): Promise<ScanArea[]>;
  scanYears(): Promise<{ year: number; municipalities: string[] }[]>;
  allScanCodes(): Promise<string[]>;
  saveCentres(centres: Centre[]): Promise<void>;
  listCentres(): Promise<Centre[]>;
  saveShapes(shapes: Shape[]): Promise<void>;
  listShapes(codes: string[]): Promise<Shape[]>;
  listScenarios(): Promise<{ name: string; updatedAt: string }[]>;
  getScenario(name: string): Promise<unknown | null>;
  saveScenario(name: string, data: unknown): Promise<void>;
  getMultiYear(name: string): Promise<unknown | null>;
  saveMultiYear(name: string, data: unknown): Promise<void>;
}

export interface PlanningDeps {
  planning: PlanningRepository;
}
