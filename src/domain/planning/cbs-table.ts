import { parseCsv } from "../import/csv";
import { PlanningErrors } from "./planning.errors";
import type { AreaKind, ScanArea } from "./scan";

/**
 * Reads the CBS table "Kerncijfers wijken en buurten" as downloaded (CSV, comma or semicolon).
 * Columns are recognised by their stem: CBS renumbers the `_NN` suffix every year
 * (`AantalInwoners_5` in one table may be `AantalInwoners_6` in the next), so the suffix is dropped.
 */

type Field = Exclude<keyof ScanArea, "kind" | "name" | "code"> | "code" | "name" | "kind";

// Stems as in the CBS OData keys, lower-cased; a few Dutch StatLine column titles as aliases.
const STEMS: Record<Field, string[]> = {
  code: ["codering", "wijkenenbuurten"],
  name: ["wijkenenbuurten", "regioaanduiding", "naam"],
  kind: ["soortregio"],
  municipality: ["gemeentenaam"],
  inhabitants: ["aantalinwoners"],
  age65plus: ["k_65jaarofouder"],
  bijstand: ["personenpersoortuitkeringbijstand"],
  ao: ["personenpersoortuitkeringao"],
  ww: ["personenpersoortuitkeringww"],
  aow: ["personenpersoortuitkeringaow"],
  eduLow: ["opleidingsniveaulaag"],
  eduMiddle: ["opleidingsniveaumiddelbaar"],
  eduHigh: ["opleidingsniveauhoog"],
};

/** The columns the scan cannot do without, by the name a user sees in the CBS file. */
const REQUIRED: [Field, string][] = [
  ["code", "Codering (of WijkenEnBuurten)"],
  ["municipality", "Gemeentenaam"],
  ["inhabitants", "AantalInwoners"],
  ["bijstand", "PersonenPerSoortUitkeringBijstand"],
  ["ww", "PersonenPerSoortUitkeringWW"],
  ["ao", "PersonenPerSoortUitkeringAO"],
  ["aow", "PersonenPerSoortUitkeringAOW"],
  ["eduLow", "OpleidingsniveauLaag"],
  ["eduMiddle", "OpleidingsniveauMiddelbaar"],
  ["eduHigh", "OpleidingsniveauHoog"],
];

/** `PersonenPerSoortUitkeringBijstand_74` → `personenpersoortuitkeringbijstand`. */
export function columnStem(header: string): string {
  return header.trim().replace(/^"|"$/g, "").replace(/_\d+$/, "").replace(/\s+/g, "").toLowerCase();
}

const CODE = /^(BU|WK|GM)\d+$/i;

function kindOf(code: string, soort: string | undefined): AreaKind {
  const s = (soort ?? "").trim().toLowerCase();
  if (s === "buurt" || s === "wijk" || s === "gemeente") return s;
  const p = code.slice(0, 2).toUpperCase();
  return p === "BU" ? "buurt" : p === "WK" ? "wijk" : "gemeente";
}

export interface CbsTable {
  areas: ScanArea[];
  /** The header of every recognised field, to show the user what was read. */
  columns: Partial<Record<Field, string>>;
}

/** Parses the CBS CSV; throws PlanningErrors.MissingColumns naming every column it cannot find. */
export function parseCbsTable(file: string, text: string): CbsTable {
  const records = parseCsv(text);
  if (records.length < 2) throw PlanningErrors.EmptyFile({ file });
  const header = records[0].cells;
  const stems = header.map(columnStem);
  const index: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(STEMS) as Field[]) {
    for (const stem of STEMS[field]) {
      const i = stems.indexOf(stem);
      if (i >= 0 && !Object.values(index).includes(i)) {
        index[field] = i;
        break;
      }
    }
  }
  // WijkenEnBuurten is the code in the OData download, the name in others: check its values.
  const missing = REQUIRED.filter(([f]) => index[f] === undefined).map(([, label]) => label);
  if (missing.length > 0) throw PlanningErrors.MissingColumns({ file, columns: missing.join(", ") });

  const areas: ScanArea[] = [];
  for (const rec of records.slice(1)) {
    const cell = (f: Field) => (index[f] === undefined ? undefined : (rec.cells[index[f]!] ?? "").trim());
    let code = cell("code") ?? "";
    let name = cell("name") ?? "";
    if (!CODE.test(code) && CODE.test(name)) [code, name] = [name, code];
    if (!CODE.test(code)) continue; // Nederland-totaal rows and footnotes carry no area code.
    const num = (f: Field): number | null => {
      const raw = cell(f);
      if (raw === undefined || raw === "" || raw === "." || raw === "-") return null;
      const n = Number(raw.replace(/\s/g, "").replace(",", "."));
      if (!Number.isFinite(n)) {
        throw PlanningErrors.BadNumber({ file, line: rec.line, field: header[index[f]!].trim(), value: raw });
      }
      return n;
    };
    areas.push({
      code: code.toUpperCase(),
      name: name && name !== code ? name : code.toUpperCase(),
      kind: kindOf(code, cell("kind")),
      municipality: cell("municipality") ?? "",
      inhabitants: num("inhabitants"),
      age65plus: num("age65plus"),
      bijstand: num("bijstand"),
      ww: num("ww"),
      ao: num("ao"),
      aow: num("aow"),
      eduLow: num("eduLow"),
      eduMiddle: num("eduMiddle"),
      eduHigh: num("eduHigh"),
    });
  }
  if (areas.length === 0) throw PlanningErrors.EmptyFile({ file });
  const columns: Partial<Record<Field, string>> = {};
  for (const [f, i] of Object.entries(index)) columns[f as Field] = header[i as number].trim();
  return { areas, columns };
}
