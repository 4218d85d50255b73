import { CATEGORIES, CATEGORY_NAMES, categoryOf, FUNDER_TYPES } from "../finance/categories";
import type { FinanceReport } from "../finance/compute-finance";
import type { BudgetLine, Contribution } from "../finance/ports";
import type { IndicatorReport, IndicatorResult } from "../indicators/compute-indicators";
import { INDICATOR_GROUPS, INDICATORS, type IndicatorDefinition } from "../indicators/definitions";
import type { StageTransition } from "../indicators/ports";
import {
  isHidden,
  OTHER,
  type Shown,
  SMALL_CELLS_NOTE,
  showCount,
  suppressBreakdown,
  suppressLine,
} from "../privacy/small-cells";
import type { BudgetVsActual } from "./get-document-data";
import type { Block, Cell, NumberFormat, TableBlock, TableRow } from "./model";
import type { RoomInfo } from "./ports";

export const GROUP_HEADINGS: Record<(typeof INDICATOR_GROUPS)[number], string> = {
  impact: "IMPACT – effecten",
  output: "OUTPUT – resultaten",
  process: "PROCES – activiteiten en diensten",
  input: "INPUT – middelen",
};

const MEASURE_NL: Record<IndicatorDefinition["measure"], string> = {
  survey_pct: "Enquête",
  interview_pct: "Interviews",
  interview_count: "Interviews",
  persons: "Aantal",
  count: "Aantal",
  persons_of: "Aantal op aangemeld",
  partners: "Aantal partners",
  unique_persons: "Uniek #",
  jobs: "Klussen #",
  budget: "Begroting",
  audit: "Controle",
  survey_score: "Enquête",
};

const NL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** A target as the agreement prints it: "> 50%", "> 10 op 20", "350", "Positief", "te vroeg". */
export function targetText(def: IndicatorDefinition, r: IndicatorResult): string {
  if (r.target_status === "too_early") return "te vroeg";
  if (def.measure === "budget" || def.measure === "audit")
    return r.target_status === "set" ? "Positief" : "–";
  if (r.target_status !== "set" || r.target === null) return "–";
  const n = NL.format(r.target);
  switch (def.measure) {
    case "survey_pct":
    case "interview_pct":
      return `> ${n}%`;
    case "persons_of":
      return r.target_of === null ? `> ${n}` : `> ${n} op ${NL.format(r.target_of)}`;
    case "unique_persons":
    case "jobs":
      return n;
    default:
      return `> ${n}`;
  }
}

/** The realisation as a number in the unit the column formats (percent as fraction), or text. */
export function realisation(
  def: IndicatorDefinition,
  r: IndicatorResult,
): { cell: Cell; format?: NumberFormat } {
  const v = r.value;
  if (v === null) return { cell: null };
  if (typeof v === "string")
    return { cell: v === "positive" ? "positief" : v === "negative" ? "negatief" : v };
  switch (def.measure) {
    case "survey_pct":
    case "interview_pct":
      return { cell: v / 100, format: "pct" };
    case "budget":
      return { cell: v, format: "eur" };
    case "survey_score":
      return { cell: v, format: "dec" };
    default:
      return { cell: v, format: "int" };
  }
}

/** The planned figure as a number where the target is one (for comparing), else null. */
function plannedNumber(def: IndicatorDefinition, r: IndicatorResult): { cell: Cell; format?: NumberFormat } {
  if (r.target_status !== "set" || r.target === null) return { cell: targetText(def, r) };
  if (def.measure === "survey_pct" || def.measure === "interview_pct")
    return { cell: r.target / 100, format: "pct" };
  if (def.measure === "budget" || def.measure === "audit") return { cell: "Positief" };
  if (def.measure === "survey_score") return { cell: r.target, format: "dec" };
  return { cell: r.target, format: "int" };
}

function explanation(r: IndicatorResult): string {
  const parts: string[] = [];
  if (typeof r.of === "number") parts.push(`van ${NL.format(r.of)} aangemeld`);
  else if (typeof r.of === "string") parts.push(`van ${r.of} aangemeld`);
  if (typeof r.hours === "number" && r.hours > 0) parts.push(`${NL.format(r.hours)} uur`);
  if (typeof r.connected_pct === "number") parts.push(`${Math.round(r.connected_pct)}% verbonden`);
  if (typeof r.named === "number") parts.push(`${NL.format(r.named)} met naam`);
  else if (typeof r.named === "string") parts.push(`${r.named} met naam`);
  return parts.join("; ");
}

/** The agreement's performance table: targets per room, as printed in seed 004. */
export function targetsTable(
  rooms: RoomInfo[],
  perRoom: Record<string, IndicatorReport>,
  year: number,
): TableBlock {
  const rows: TableRow[] = [];
  for (const group of INDICATOR_GROUPS) {
    rows.push({ group: true, cells: [GROUP_HEADINGS[group], ...rooms.map(() => null), null, null] });
    for (const def of INDICATORS.filter((d) => d.group === group)) {
      rows.push({
        housing: def.housing,
        cells: [
          def.nl,
          MEASURE_NL[def.measure],
          ...rooms.map((r) => targetText(def, perRoom[r.id].indicators[def.id])),
          def.housing ? "ja" : "",
        ],
      });
    }
  }
  return {
    kind: "table",
    id: "Prestaties",
    title: `Prestaties (indicatief) ${year}`,
    columns: [
      { label: "Indicator", width: 4 },
      { label: "Meting", width: 1.3 },
      ...rooms.map((r) => ({ label: r.name })),
      { label: "Woningcorporaties", width: 1.2 },
    ],
    rows,
  };
}

/** Realisation against target for every indicator of one scope (a room, or the rooms together). */
export function realisationTable(id: string, title: string, report: IndicatorReport): TableBlock {
  const rows: TableRow[] = [];
  for (const group of INDICATOR_GROUPS) {
    rows.push({ group: true, cells: [GROUP_HEADINGS[group], null, null, null, null, null] });
    for (const def of INDICATORS.filter((d) => d.group === group)) {
      const r = report.indicators[def.id];
      const planned = plannedNumber(def, r);
      const real = realisation(def, r);
      rows.push({
        housing: def.housing,
        cells: [
          def.nl,
          MEASURE_NL[def.measure],
          planned.cell,
          real.cell,
          explanation(r),
          def.housing ? "ja" : "",
        ],
        formats: [undefined, undefined, planned.format, real.format, undefined, undefined],
      });
    }
  }
  return {
    kind: "table",
    id,
    title,
    columns: [
      { label: "Indicator", width: 4 },
      { label: "Meting", width: 1.3 },
      { label: "Gepland" },
      { label: "Realisatie" },
      { label: "Toelichting", width: 1.6 },
      { label: "Woningcorporaties", width: 1.2 },
    ],
    rows,
    note: rows.some((r) => r.cells.some(isHidden)) ? SMALL_CELLS_NOTE : undefined,
  };
}

const HEADLINES = ["output.active_volunteers", "output.members", "process.total"] as const;
const HEADLINE_NL: Record<(typeof HEADLINES)[number], string> = {
  "output.active_volunteers": "Actieve vrijwilligers",
  "output.members": "Leden bewonersvereniging",
  "process.total": "Unieke deelnemers",
};

/**
 * Seed 003's overview: per room realisation and plan of the headline indicators, and the total.
 * Exact for a whole year (a room's headline figure, DOMAIN §10); for a quarter each column is a
 * breakdown by room under the small-cell rule, the total counted as known (a person counts once,
 * so it is at most the sum: treated as the sum, to be safe).
 */
export function headlineTable(
  rooms: RoomInfo[],
  perRoom: Record<string, IndicatorReport>,
  total: IndicatorReport,
  wholeYear = true,
): TableBlock {
  const num = (r: IndicatorReport, id: string) => {
    const v = r.indicators[id as (typeof HEADLINES)[number]].value;
    return typeof v === "number" ? v : null;
  };
  const shown = new Map<string, { rooms: (Shown | null)[]; total: Shown | null }>();
  for (const id of HEADLINES) {
    const values = rooms.map((r) => num(perRoom[r.id], id));
    const t = num(total, id);
    if (wholeYear) {
      shown.set(id, { rooms: values, total: t === null ? null : showCount(t) });
    } else if (values.every((v) => v !== null) && t !== null && rooms.length > 1) {
      const s = suppressLine(values as number[], t);
      shown.set(id, { rooms: s.cells, total: s.total });
    } else {
      shown.set(id, {
        rooms: values.map((v) => (v === null ? null : showCount(v))),
        total: t === null ? null : showCount(t),
      });
    }
  }
  const row = (label: string, r: IndicatorReport, at: number | null): TableRow => ({
    total: at === null,
    cells: [
      label,
      ...HEADLINES.flatMap((id) => {
        const i = r.indicators[id];
        const s = shown.get(id)!;
        return [at === null ? s.total : s.rooms[at], i.target_status === "set" ? i.target : null];
      }),
    ],
  });
  return {
    kind: "table",
    id: "Overzicht",
    title: "Resultaten in één oogopslag",
    columns: [
      { label: "Buurtwerkkamer", width: 2 },
      ...HEADLINES.flatMap((id) => [
        { label: `${HEADLINE_NL[id]} realisatie`, format: "int" as const },
        { label: `${HEADLINE_NL[id]} gepland`, format: "int" as const },
      ]),
    ],
    rows: [
      ...rooms.map((r, i) => row(r.name, perRoom[r.id], i)),
      ...(rooms.length > 1 ? [row("Totaal", total, null)] : []),
    ],
    note:
      [
        rooms.length > 1
          ? "In het totaal telt een bewoner die in meer kamers komt één keer mee; het totaal kan daardoor kleiner zijn dan de som."
          : "",
        wholeYear ? "" : SMALL_CELLS_NOTE,
      ]
        .filter(Boolean)
        .join(" ") || undefined,
  };
}

/** The budget per room (seed 004 BEGROTING): every line, the category subtotals and the ratios. */
export function budgetTable(
  rooms: RoomInfo[],
  lines: BudgetLine[],
  finance: { total: FinanceReport; perRoom: Record<string, FinanceReport> },
  year: number,
): TableBlock {
  const codes = [...new Set(lines.map((l) => l.code))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  const amount = (roomId: string | null, match: (l: BudgetLine) => boolean) =>
    lines
      .filter((l) => (roomId === null || l.roomId === roomId) && match(l))
      .reduce((s, l) => s + l.amount * 100, 0) / 100;
  const rows: TableRow[] = [];
  const scopes = [...rooms.map((r) => r.id), null];
  for (const c of CATEGORIES) {
    for (const code of codes.filter((x) => categoryOf(x) === c)) {
      const description = lines.find((l) => l.code === code && l.description)?.description ?? "";
      rows.push({ cells: [code, description, ...scopes.map((s) => amount(s, (l) => l.code === code))] });
    }
    rows.push({
      total: true,
      cells: [`(${c})`, `Subtotaal ${CATEGORY_NAMES[c].nl.toLowerCase()}`, ...scopes.map((s) => costs(s)[c])],
    });
  }
  function costs(s: string | null) {
    return (s === null ? finance.total : finance.perRoom[s]).costs;
  }
  function ratios(s: string | null) {
    return (s === null ? finance.total : finance.perRoom[s]).ratios;
  }
  rows.push({ total: true, cells: ["", "Totaal", ...scopes.map((s) => costs(s).total)] });
  const pct = scopes.map(() => "pct" as const);
  rows.push({
    cells: ["", "Social return (SROI): (B) als percentage van totaal", ...scopes.map((s) => ratios(s).sroi)],
    formats: [undefined, undefined, ...pct],
  });
  rows.push({
    cells: [
      "",
      "Aandeel investering in mensen: (A) + (B) als percentage van totaal",
      ...scopes.map((s) => ratios(s).people),
    ],
    formats: [undefined, undefined, ...pct],
  });
  rows.push({
    cells: [
      "",
      "Aandeel indirecte kosten (overhead) als percentage van totaal",
      ...scopes.map((s) => ratios(s).overhead),
    ],
    formats: [undefined, undefined, ...pct],
  });
  return {
    kind: "table",
    id: "Begroting",
    title: `Begroting ${year} per buurtwerkkamer`,
    columns: [
      { label: "Code", width: 0.6 },
      { label: "Omschrijving", width: 4 },
      ...rooms.map((r) => ({ label: r.name, format: "eur" as const })),
      { label: "Totaal", format: "eur" as const },
    ],
    rows,
  };
}

/**
 * Financing per funder per room (seed 004 FINANCIERING) with the formal investment, the hours
 * residents invest and the popular investment. `planned` uses the plan's hours (the agreement),
 * otherwise the registered hours (reports).
 */
export function financingTable(
  rooms: RoomInfo[],
  contributions: Contribution[],
  finance: { total: FinanceReport; perRoom: Record<string, FinanceReport> },
  year: number,
  planned: boolean,
  /** Volunteer plus unpaid staff hours of a room (null: the rooms together). */
  hoursOf: (roomId: string | null) => number,
  title = `Financiers ${year}`,
): TableBlock {
  const scopes = [...rooms.map((r) => r.id), null];
  const funders = [...new Map(contributions.map((k) => [k.funderId, k])).values()].sort(
    (a, b) =>
      FUNDER_TYPES.indexOf(a.funderType) - FUNDER_TYPES.indexOf(b.funderType) ||
      a.funderName.localeCompare(b.funderName, "nl"),
  );
  const sum = (s: string | null, match: (k: Contribution) => boolean) =>
    Math.round(
      contributions
        .filter((k) => k.status !== "requested" && (s === null || k.roomId === s) && match(k))
        .reduce((x, k) => x + k.amount * 100, 0),
    ) / 100;
  const rows: TableRow[] = funders.map((f) => ({
    cells: [f.funderName, ...scopes.map((s) => sum(s, (k) => k.funderId === f.funderId))],
  }));
  if (funders.some((f) => f.funderType === "housing_corporation")) {
    rows.push({
      total: true,
      cells: [
        "Subtotaal woningcorporaties",
        ...scopes.map((s) => sum(s, (k) => k.funderType === "housing_corporation")),
      ],
    });
  }
  const rep = (s: string | null) => (s === null ? finance.total : finance.perRoom[s]);
  const pop = (s: string | null) => (planned ? (rep(s).popular_planned ?? rep(s).popular) : rep(s).popular);
  const eur = scopes.map(() => "eur" as const);
  rows.push({
    total: true,
    cells: ["Investering financiers directe euro's", ...scopes.map((s) => rep(s).financing.formal)],
  });
  rows.push({
    cells: ["(= % van populaire investering)", ...scopes.map((s) => pop(s).formal_share)],
    formats: [undefined, ...scopes.map(() => "pct" as const)],
  });
  rows.push({
    cells: ["Uren van vrijwilligers en onbetaalde uren van medewerkers", ...scopes.map(hoursOf)],
    formats: [undefined, ...scopes.map(() => "int" as const)],
  });
  rows.push({
    cells: [
      "Investering vrijwilligers in uren vertaald naar euro's",
      ...scopes.map((s) => pop(s).volunteer_value + pop(s).staff_value),
    ],
    formats: [undefined, ...eur],
  });
  rows.push({
    total: true,
    cells: ["Populaire investering (euro's en uren)", ...scopes.map((s) => pop(s).total)],
    formats: [undefined, ...eur],
  });
  return {
    kind: "table",
    id: "Financiering",
    title,
    columns: [
      { label: "Financier", width: 3 },
      ...rooms.map((r) => ({ label: r.name, format: "eur" as const })),
      { label: "Totaal", format: "eur" as const },
    ],
    rows,
    note: planned
      ? "Uren volgens het jaarplan, gewaardeerd tegen het tarief van het jaar. Aangevraagde bijdragen tellen nog niet mee."
      : "Geregistreerde en goedgekeurde uren, gewaardeerd tegen het tarief van het jaar.",
  };
}

/** Budget against spending per category (and per line for the whole), per quarter. */
export function spendingTable(id: string, title: string, s: BudgetVsActual, withLines: boolean): TableBlock {
  const toRow = (label: string, r: BudgetVsActual["total"], total = false): TableRow => ({
    total,
    cells: [label, r.budget, ...r.actual, r.actualTotal, r.remaining],
  });
  const rows: TableRow[] = [];
  for (const c of s.categories) {
    if (withLines)
      for (const l of s.lines.filter((x) => categoryOf(x.code) === c.code)) rows.push(toRow(l.code, l));
    rows.push(toRow(`(${c.code}) ${CATEGORY_NAMES[c.code as keyof typeof CATEGORY_NAMES].nl}`, c, withLines));
  }
  rows.push(toRow("Totaal", s.total, true));
  const e = { format: "eur" as const };
  return {
    kind: "table",
    id,
    title,
    columns: [
      { label: "Begrotingspost", width: 2.5 },
      { label: "Begroot", ...e },
      { label: "Besteed K1", ...e },
      { label: "Besteed K2", ...e },
      { label: "Besteed K3", ...e },
      { label: "Besteed K4", ...e },
      { label: "Besteed totaal", ...e },
      { label: "Resterend", ...e },
    ],
    rows,
    note: "Handgeld telt als besteding op D1. Een negatief bedrag bij 'Resterend' is een overschrijding.",
  };
}

const LANDLORD_NONE = "Geen woningcorporatie of onbekend";

/**
 * Participants by one personal attribute, under the small-cell rule (privacy/small-cells.ts):
 * categories under 5 merged into "overig" without their label, 1–4 shown as "< 5", and as many
 * more hidden ("x") as it takes for the total not to give a small one back.
 */
export function breakdownTable(
  id: string,
  title: string,
  attributeLabel: string,
  rows: { value: string | null; participants: number }[],
  labelOf: (v: string | null) => string,
): TableBlock {
  const merged = new Map<string, number>();
  for (const r of rows) merged.set(labelOf(r.value), (merged.get(labelOf(r.value)) ?? 0) + r.participants);
  const cells = [...merged.entries()]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  const s = suppressBreakdown(cells);
  return {
    kind: "table",
    id,
    title,
    columns: [
      { label: attributeLabel, width: 3 },
      { label: "Deelnemers", format: "int" },
    ],
    rows: [
      ...s.cells.map((c) => ({ cells: [c.label === OTHER ? "Overig" : c.label, c.value] as Cell[] })),
      { total: true, cells: ["Totaal", s.total] },
    ],
    note: SMALL_CELLS_NOTE,
  };
}

export const landlordLabel = (v: string | null) => v ?? LANDLORD_NONE;
export const newcomerLabel = (v: string | null) => (v === "yes" ? "Nieuwe bewoner" : "Overige deelnemers");

const STAGE_NL: Record<string, string> = {
  bezoeker: "bezoeker",
  deelnemer: "deelnemer",
  lid: "lid",
  vrijwilliger: "vrijwilliger",
  sleutelvrijwilliger: "sleutelvrijwilliger",
  bestuursvrijwilliger: "bestuursvrijwilliger",
  meewerkend_vrijwilliger: "meewerkend vrijwilliger",
  medewerker: "medewerker",
};

/**
 * The growth chart: moves up the ladder this period, as bars; a breakdown by category, so under
 * the small-cell rule in every document (moves under 5 merged into "Overig").
 */
export function growthBars(growth: StageTransition[]): Block {
  const s = suppressBreakdown(
    growth.map((g) => ({
      label: `${g.from === null ? "nieuw" : (STAGE_NL[g.from] ?? g.from)} → ${STAGE_NL[g.to] ?? g.to}`,
      value: g.residents,
    })),
  );
  return {
    kind: "bars",
    id: "Groei",
    title: "Groei op de ladder (bewoners die een stap omhoog zetten)",
    bars: s.cells.map((c) => ({ label: c.label === OTHER ? "Overig" : c.label, value: c.value })),
    empty: "In deze periode is geen stap op de ladder geregistreerd.",
    note: s.suppressed > 0 ? SMALL_CELLS_NOTE : undefined,
  };
}

/** True when nothing at all was registered for the scope: no visits, hours, budget or money. */
export function isEmpty(report: IndicatorReport, finance: FinanceReport): boolean {
  const total = report.indicators["process.total"].value;
  const jobs = report.indicators["process.jobs"].value;
  return (
    (total === 0 || total === null) &&
    (jobs === 0 || jobs === null) &&
    finance.costs.total === 0 &&
    finance.financing.formal === 0 &&
    finance.hours.volunteer === 0
  );
}
