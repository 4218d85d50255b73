import type { DocumentModel, TableRow } from "../documents/model";
import { FUNDER_TYPE_NAMES, FUNDER_TYPES, type FunderType } from "../finance/categories";
import { PlanningErrors } from "./planning.errors";
import type { YearRealisation } from "./realisation";

/** A room planned to open, with its costs in the first year (start-up) and after. */
export interface PlannedRoom {
  label: string;
  startYear: number;
  variant: "light" | "full";
  costFirstYear: number;
  costAfter: number;
}

/**
 * The multi-year plan of seed 002 for a city or the whole cooperative: a reference year and the
 * three after it. Arrays hold one figure per year, reference year first.
 */
export interface MultiYearPlan {
  name: string;
  scope: string;
  /** The city whose rooms' registrations give the realisation; null or absent: every room. */
  city?: string | null;
  referenceYear: number;
  existing: { label: string; rooms: number; costs: number[] };
  newRooms: PlannedRoom[];
  volunteers: number[];
  participants: number[];
  financing: Partial<Record<FunderType, number[]>>;
}

export interface MultiYearFigures {
  years: number[];
  rooms: number[];
  costRows: { label: string; costs: number[] }[];
  totalCosts: number[];
  costPerRoom: (number | null)[];
  financingRows: { type: FunderType; amounts: number[] }[];
  totalFinancing: number[];
  /** financing − costs per year: a plan's tables can disagree (seed 002's 2020 column does). */
  balance: number[];
}

const YEARS = 4;
const at = (xs: number[] | undefined, i: number) => xs?.[i] ?? 0;

export function computeMultiYear(p: MultiYearPlan): MultiYearFigures {
  const years = Array.from({ length: YEARS }, (_, i) => p.referenceYear + i);
  const costRows = [
    { label: p.existing.label, costs: years.map((_, i) => at(p.existing.costs, i)) },
    ...p.newRooms.map((r) => ({
      label: r.label,
      costs: years.map((y) => (y < r.startYear ? 0 : y === r.startYear ? r.costFirstYear : r.costAfter)),
    })),
  ];
  const rooms = years.map((y) => p.existing.rooms + p.newRooms.filter((r) => r.startYear <= y).length);
  const totalCosts = years.map((_, i) => costRows.reduce((s, r) => s + r.costs[i], 0));
  const financingRows = FUNDER_TYPES.filter((t) => p.financing[t]?.some((x) => x !== 0)).map((t) => ({
    type: t,
    amounts: years.map((_, i) => at(p.financing[t], i)),
  }));
  const totalFinancing = years.map((_, i) => financingRows.reduce((s, r) => s + r.amounts[i], 0));
  return {
    years,
    rooms,
    costRows,
    totalCosts,
    costPerRoom: years.map((_, i) => (rooms[i] ? Math.round(totalCosts[i] / rooms[i]) : null)),
    financingRows,
    totalFinancing,
    balance: years.map((_, i) => totalFinancing[i] - totalCosts[i]),
  };
}

export function checkMultiYear(p: MultiYearPlan, cities?: readonly string[]): MultiYearPlan {
  if (!p.name?.trim()) throw PlanningErrors.BadScenario({ reason: "geef het plan een naam" });
  if (p.city && cities && !cities.includes(p.city)) {
    throw PlanningErrors.BadScenario({ reason: `geen kamers in de stad ${p.city}` });
  }
  if (!Number.isInteger(p.referenceYear) || p.referenceYear < 2000 || p.referenceYear > 2100) {
    throw PlanningErrors.BadScenario({ reason: `referentiejaar ${p.referenceYear}` });
  }
  for (const r of p.newRooms) {
    if (r.startYear < p.referenceYear) {
      throw PlanningErrors.BadScenario({ reason: `${r.label} start vóór het referentiejaar` });
    }
  }
  return { ...p, name: p.name.trim() };
}

/** A new plan: the reference year is last year; nothing filled in yet. */
export function emptyMultiYear(name: string, scope: string, referenceYear: number): MultiYearPlan {
  return {
    name,
    scope,
    referenceYear,
    city: null,
    existing: { label: "Bestaande buurtwerkkamers", rooms: 0, costs: [0, 0, 0, 0] },
    newRooms: [],
    volunteers: [0, 0, 0, 0],
    participants: [0, 0, 0, 0],
    financing: {},
  };
}

/**
 * The plan as a document with the seed's tables: results (targets, and under them what was
 * realised in the years already past), then costs and financing.
 */
export function multiYearDocument(
  p: MultiYearPlan,
  cooperative: string,
  date: string,
  realised: (YearRealisation | null)[] = [],
): DocumentModel {
  const f = computeMultiYear(p);
  const real = (pick: (r: YearRealisation) => number) =>
    f.years.map((_, i) => (realised[i] ? pick(realised[i]) : null));
  const realisedRows: TableRow[] = realised.some((r) => r !== null)
    ? [
        { cells: ["Gerealiseerd: buurtwerkkamers", ...real((r) => r.rooms)] },
        {
          cells: [
            "Gerealiseerd: vrijwilligers en sleutelbeheerders",
            ...real((r) => r.volunteersAndKeyHolders),
          ],
        },
        { cells: ["Gerealiseerd: unieke deelnemers", ...real((r) => r.participants)] },
      ]
    : [];
  const yearCols = f.years.map((y, i) => ({
    label: i === 0 ? `${y} referentie` : String(y),
    format: "int" as const,
  }));
  const eurCols = yearCols.map((c) => ({ ...c, format: "eur" as const }));
  const costRows: TableRow[] = [
    ...f.costRows.map((r) => ({ cells: [r.label, ...r.costs] })),
    { cells: ["Aantal buurtwerkkamers", ...f.rooms], formats: [undefined, "int", "int", "int", "int"] },
    { cells: ["Kosten per buurtwerkkamer", ...f.costPerRoom] },
    { cells: ["Totaal basiskosten", ...f.totalCosts], total: true },
  ];
  const finRows: TableRow[] = [
    ...f.financingRows.map((r) => ({ cells: [FUNDER_TYPE_NAMES[r.type].nl, ...r.amounts] })),
    { cells: ["Totaal financiering", ...f.totalFinancing], total: true },
    { cells: ["Verschil met kosten", ...f.balance] },
  ];
  return {
    kind: "agreement",
    title: `Meerjarenplan ${p.scope}`.trim(),
    subtitle: `${f.years[0]}–${f.years[3]} (referentie ${f.years[0]})`,
    cooperative: { name: cooperative, logo: null },
    rooms: [],
    year: p.referenceYear,
    quarter: null,
    date,
    blocks: [
      {
        kind: "table",
        id: "Resultaat",
        title: `Resultaat ${p.scope}`.trim(),
        columns: [{ label: "", width: 3 }, ...yearCols],
        rows: [
          { cells: ["Aantal buurtwerkkamers", ...f.rooms] },
          { cells: ["Vrijwilligers en sleutelbeheerders", ...f.years.map((_, i) => at(p.volunteers, i))] },
          { cells: ["Unieke deelnemers/gebruikers", ...f.years.map((_, i) => at(p.participants, i))] },
          ...realisedRows,
        ],
      },
      {
        kind: "table",
        id: "Kosten",
        title: "Kosten",
        columns: [{ label: "", width: 3 }, ...eurCols],
        rows: costRows,
      },
      {
        kind: "table",
        id: "Financiering",
        title: "Financiering partners",
        columns: [{ label: "", width: 3 }, ...eurCols],
        rows: finRows,
      },
    ],
  };
}
