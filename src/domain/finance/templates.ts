import { defaultIndirect, fromCents, toCents } from "./categories";

/** A budget line as the screens and templates handle it (without room and year). */
export interface BudgetLineDraft {
  code: string;
  description: string;
  amount: number;
  hoursPerWeek: number | null;
  indirect: boolean;
}

export type TemplateName = "light" | "full";

type Row = [
  code: string,
  description: string,
  light: number,
  full: number,
  hLight: number | null,
  hFull: number | null,
];

// Seed 000 §3A, "Basisbegroting voor één buurtwerkkamer (prijspeil 2020)": light € 73.000, full € 114.000.
const ROWS: Row[] = [
  ["A1", "Ondersteunen en coördineren (teamcoördinator)", 24000, 36000, 12, 18],
  ["A2", "Coachen van het team (buurtwerkkamercoach)", 8000, 12000, 2, 4],
  [
    "A3",
    "Makelen, werkgever, ontwikkeling, ICT-support, administratie en verantwoording",
    5000,
    7500,
    1.5,
    2.5,
  ],
  ["B1", "Werkplekken buurtbewoners op perspectiefbanen", 11000, 28000, 12, 32],
  ["B2", "Participatie-, leerwerk- en stageplekken", 1000, 4000, null, null],
  ["C1", "Huur van de ruimte", 12000, 12000, null, null],
  ["C2", "Gas, water, elektra, internet, telefonie, belastingen", 5000, 5000, null, null],
  ["C3", "Inventaris en aanpassen ruimte", 1000, 1000, null, null],
  ["D1", "Handgeld (kleine kas, maximaal € 250 per maand)", 3000, 3000, null, null],
  ["D2", "Automatisering en registratiesysteem", 500, 1000, null, null],
  ["D3", "Communicatie, website en promotie", 1000, 1000, null, null],
  ["D4", "Training van medewerkers en vrijwilligers", 0, 1500, null, null],
  ["E1", "Organisatiekosten bewonersvereniging en coöperatie", 1000, 1000, null, null],
  ["E2", "Bank, belastingen, verzekeringen en accountant", 500, 1000, null, null],
];

/** The price level of the templates: a budget for a later year starts from these plus an index. */
export const TEMPLATE_PRICE_YEAR = 2020;

/** The reference budget of seed 000 §3A for a light or full room (prijspeil 2020). */
export function budgetTemplate(name: TemplateName): BudgetLineDraft[] {
  return ROWS.map(([code, description, light, full, hLight, hFull]) => ({
    code,
    description,
    amount: name === "light" ? light : full,
    hoursPerWeek: name === "light" ? hLight : hFull,
    indirect: defaultIndirect(code),
  }));
}

/**
 * Last year's lines raised by an index percentage (e.g. 2.5 for +2.5%), to whole euros as the
 * seeds' budgets are. Hours per week and flags stay as they were.
 */
export function indexBudget(lines: BudgetLineDraft[], indexPct: number): BudgetLineDraft[] {
  if (!Number.isFinite(indexPct)) throw new RangeError("index must be a number");
  return lines.map((l) => ({
    ...l,
    // In integer cents and basis points: 7,500 × 1.025 must be 7,687.50 → 7,688, not 7,687.4999….
    amount: fromCents(
      Math.round((toCents(l.amount) * (10000 + Math.round(indexPct * 100))) / 1_000_000) * 100,
    ),
  }));
}
