import type { Block, DocumentModel, TableRow } from "../documents/model";
import { CATEGORIES, CATEGORY_NAMES, FUNDER_TYPE_NAMES, FUNDER_TYPES } from "../finance/categories";
import { computeBusinessCase, type Scenario, VARIANT_NAMES, VARIANTS } from "./business-case";

const paragraph = (text: string, fallback: string): Block => ({
  kind: "paragraph",
  text: text.trim() || fallback,
  italic: !text.trim(),
});

/**
 * The offer ("Aanbod", seed 003) for a new room: why, what, how, what we ask, and the budget,
 * financing and targets of the three variants side by side. `kind` only feeds the documents
 * context's file names, which the planning routes do not use.
 */
export function offerDocument(s: Scenario, cooperative: string, date: string): DocumentModel {
  const r = computeBusinessCase(s);
  const columns = [
    { label: "", width: 3 },
    ...VARIANTS.map((v) => ({ label: VARIANT_NAMES[v], format: "eur" as const })),
  ];

  const budgetRows: TableRow[] = [];
  for (const c of CATEGORIES) {
    budgetRows.push({ cells: [`${c}. ${CATEGORY_NAMES[c].nl}`, null, null, null], group: true });
    const codes = [
      ...new Set(
        VARIANTS.flatMap((v) => s.variants[v].lines.filter((l) => l.code.startsWith(c)).map((l) => l.code)),
      ),
    ];
    for (const code of codes) {
      const line = (v: (typeof VARIANTS)[number]) => s.variants[v].lines.find((l) => l.code === code);
      const desc = line("full")?.description ?? line("light")?.description ?? "";
      budgetRows.push({ cells: [`${code} ${desc}`, ...VARIANTS.map((v) => line(v)?.amount ?? 0)] });
    }
    budgetRows.push({
      cells: [`Subtotaal (${c})`, ...VARIANTS.map((v) => r[v].finance.costs[c])],
      total: true,
    });
  }
  budgetRows.push({ cells: ["TOTAAL", ...VARIANTS.map((v) => r[v].finance.costs.total)], total: true });
  budgetRows.push({
    cells: ["Social return (B ÷ totaal)", ...VARIANTS.map((v) => r[v].finance.ratios.sroi)],
    formats: [undefined, "pct", "pct", "pct"],
  });

  const used = FUNDER_TYPES.filter((t) => VARIANTS.some((v) => s.variants[v].financing[t]));
  const financingRows: TableRow[] = [
    ...used.map((t) => ({
      cells: [FUNDER_TYPE_NAMES[t].nl, ...VARIANTS.map((v) => s.variants[v].financing[t] ?? 0)],
    })),
    { cells: ["FORMELE INVESTERING", ...VARIANTS.map((v) => r[v].finance.financing.formal)], total: true },
    {
      cells: [
        `Uren van vrijwilligers (€ ${s.rates.volunteerHourly} per uur)`,
        ...VARIANTS.map((v) => r[v].finance.popular.volunteer_value),
      ],
      housing: true,
    },
    {
      cells: [
        `Onbetaalde uren van medewerkers (€ ${s.rates.staffHourly} per uur)`,
        ...VARIANTS.map((v) => r[v].finance.popular.staff_value),
      ],
      housing: true,
    },
    { cells: ["POPULAIRE INVESTERING", ...VARIANTS.map((v) => r[v].finance.popular.total)], total: true },
    {
      cells: ["Aandeel vrijwilligersuren", ...VARIANTS.map((v) => r[v].hoursShare)],
      formats: [undefined, "pct", "pct", "pct"],
    },
  ];

  const targetRows: TableRow[] = r.light.targets.map((t, i) => ({
    cells: [
      t.nl,
      ...VARIANTS.map((v) => {
        const x = r[v].targets[i];
        if (x.tooEarly) return "te vroeg";
        if (x.target === null) return "positief";
        return x.targetOf !== null ? `${x.target} van ${x.targetOf}` : x.target;
      }),
    ],
  }));

  const place = s.place.trim() || "een nieuwe buurtwerkkamer";
  return {
    kind: "agreement",
    title: `Aanbod buurtwerkkamer ${s.place}`.trim(),
    subtitle: `Businesscase ${s.name}, prijspeil ${s.year}`,
    cooperative: { name: cooperative, logo: null },
    rooms: [],
    year: s.year,
    quarter: null,
    date,
    blocks: [
      { kind: "heading", level: 1, text: "1. Waarom" },
      paragraph(s.texts.why, `Waarom ${place} een buurtwerkkamer nodig heeft (nog in te vullen).`),
      { kind: "heading", level: 1, text: "2. Wat" },
      paragraph(s.texts.what, "Wat de buurtwerkkamer biedt (nog in te vullen)."),
      { kind: "heading", level: 1, text: "3. Hoe" },
      paragraph(s.texts.how, "Hoe de buurtwerkkamer werkt (nog in te vullen)."),
      { kind: "heading", level: 1, text: "4. Wat hebben we nodig: onze aanvraag" },
      paragraph(s.texts.ask, "Wat wij van de financiers vragen (nog in te vullen)."),
      { kind: "heading", level: 1, text: "5. Begroting en financiering" },
      { kind: "table", id: "Begroting", title: "Begroting per jaar", columns, rows: budgetRows },
      {
        kind: "table",
        id: "Financiering",
        title: "Financiering en populaire investering",
        columns,
        rows: financingRows,
        note: "Schuin: de tijdsinvestering van bewoners en medewerkers, omgerekend naar euro's.",
      },
      {
        kind: "table",
        id: "Prestaties",
        title: "Prestatieafspraken (richtwaarden)",
        columns: [{ label: "Indicator", width: 3 }, ...VARIANTS.map((v) => ({ label: VARIANT_NAMES[v] }))],
        rows: targetRows,
      },
    ],
  };
}
