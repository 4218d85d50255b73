import { parseCsv } from "./csv";

/** One data row of a bundle file; `values` is keyed by the lower-cased column name. */
export interface BundleRow {
  line: number;
  values: Record<string, string | number | boolean | Date | null>;
}

/** One file of a bundle: `name` without `.csv` ("visits"), `source` for messages ("visits.csv" or "data.xlsx#visits"). */
export interface BundleFile {
  name: string;
  source: string;
  rows: BundleRow[];
}

/** A bundle keyed by file name without `.csv`. */
export type Bundle = Record<string, BundleFile>;

/** The bundle file name for a CSV name or sheet name: "Visits.csv" → "visits". */
export function bundleFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base
    .replace(/\.csv$/i, "")
    .trim()
    .toLowerCase();
}

/** One CSV text as a bundle file: the header names the columns, empty lines are skipped. */
export function bundleFileFromCsv(source: string, text: string): BundleFile {
  const records = parseCsv(text);
  const header = (records[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  const rows: BundleRow[] = [];
  for (const rec of records.slice(1)) {
    if (rec.cells.every((c) => c.trim() === "")) continue;
    const values: BundleRow["values"] = {};
    header.forEach((h, i) => {
      if (h && !(h in values)) values[h] = rec.cells[i] ?? null;
    });
    rows.push({ line: rec.line, values });
  }
  return { name: bundleFileName(source), source, rows };
}

/**
 * A bundle from CSV texts keyed by file name: `{"rooms.csv": "room,name\n…"}`. For tests,
 * generators and uploads; files whose name does not end in `.csv` are ignored.
 */
export function bundleFromCsvTexts(files: Record<string, string>): Bundle {
  const bundle: Bundle = {};
  for (const [fileName, text] of Object.entries(files)) {
    if (!/\.csv$/i.test(fileName)) continue;
    const file = bundleFileFromCsv(fileName.split(/[\\/]/).pop() ?? fileName, text);
    bundle[file.name] = file;
  }
  return bundle;
}
