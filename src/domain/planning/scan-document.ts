import type { DocumentModel } from "../documents/model";
import type { ScanView } from "./get-scan";

const CLASS_NL = {
  thuisbuurt: "Thuisbuurt",
  zoekbuurt: "Zoekbuurt",
  werkbuurt: "Werkbuurt",
  probuurt: "Probuurt",
};

/**
 * The scan as a document model, so the shared XLSX renderer writes it (numbers stay numbers).
 * `kind` only feeds the documents context's file names, which the planning routes do not use.
 */
export function scanDocument(view: ScanView, cooperative: string, date: string): DocumentModel {
  return {
    kind: "annual",
    title: `Buurtscan ${view.year ?? ""}`.trim(),
    subtitle: view.source,
    cooperative: { name: cooperative, logo: null },
    rooms: [],
    year: view.year ?? Number(date.slice(0, 4)),
    quarter: null,
    date,
    blocks: [
      {
        kind: "table",
        id: "Buurtscan",
        title: `Buurtscan ${view.year ?? ""}`.trim(),
        columns: [
          { label: "Code" },
          { label: "Naam", width: 2 },
          { label: "Soort" },
          { label: "Gemeente" },
          { label: "Inwoners", format: "int" },
          { label: "Bijstand", format: "int" },
          { label: "WW", format: "int" },
          { label: "AO", format: "int" },
          { label: "65+ met AOW", format: "int" },
          { label: "Uitkering %", format: "pct" },
          { label: "Laag opgeleid %", format: "pct" },
          { label: "Kwetsbare bewoners", format: "int" },
          { label: "Buurttype" },
        ],
        rows: view.rows.map((r) => ({
          cells: [
            r.code,
            r.name,
            r.kind,
            r.municipality,
            r.inhabitants,
            r.bijstand,
            r.ww,
            r.ao,
            r.aow,
            r.benefitShare,
            r.lowEducatedShare,
            r.vulnerable,
            r.scanClass ? CLASS_NL[r.scanClass] : "onbekend",
          ],
        })),
        note: view.source,
      },
    ],
  };
}
