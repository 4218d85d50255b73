import { type CsvRecord, parseCsv } from "./csv";

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
  const rows = new CsvRows();
  return { name: bundleFileName(source), source, rows: rows.add(parseCsv(text)) };
}

/**
 * Turns CSV records into bundle rows: the first record is the header (column names,
 * case-insensitive), later records are rows keyed by it; empty lines are skipped. Fed record by
 * record, so a streamed file never needs to be whole.
 */
export class CsvRows {
  private header: string[] | undefined;

  add(records: readonly CsvRecord[]): BundleRow[] {
    const rows: BundleRow[] = [];
    for (const rec of records) {
      if (!this.header) {
        this.header = rec.cells.map((h) => h.trim().toLowerCase());
        continue;
      }
      if (rec.cells.every((c) => c.trim() === "")) continue;
      const values: BundleRow["values"] = {};
      const header = this.header;
      for (let i = 0; i < header.length; i++) {
        const h = header[i];
        if (h && !(h in values)) values[h] = rec.cells[i] ?? null;
      }
      rows.push({ line: rec.line, values });
    }
    return rows;
  }
}

/** A bundle file read in batches of rows, in file order (a file on disk is read as a stream). */
export interface BundleFileStream {
  name: string;
  source: string;
  batches(): AsyncIterable<BundleRow[]>;
}

/**
 * A bundle whose files are read while they are imported, so memory holds a batch, never a file.
 * `progress` tells how far reading is (bytes for files on disk, rows for a bundle in memory).
 */
export interface BundleStream {
  files: BundleFileStream[];
  progress?: () => { done: number; total: number };
  /** Removes what opening it left behind (a workbook's temporary files); the opener calls it. */
  close?: () => Promise<void>;
}

/** Rows per batch a bundle in memory is handed over in: the size of one insert. */
export const BUNDLE_BATCH_ROWS = 5000;

/** A bundle in memory as a stream of batches, so the import has one way in. */
export function streamOfBundle(bundle: Bundle): BundleStream {
  let done = 0;
  const total = Object.values(bundle).reduce((n, f) => n + f.rows.length, 0);
  return {
    files: Object.values(bundle).map((file) => ({
      name: file.name,
      source: file.source,
      async *batches() {
        for (let start = 0; start < file.rows.length; start += BUNDLE_BATCH_ROWS) {
          const batch = file.rows.slice(start, start + BUNDLE_BATCH_ROWS);
          done += batch.length;
          yield batch;
        }
      },
    })),
    progress: () => ({ done, total }),
  };
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
