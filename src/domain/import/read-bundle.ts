import { once } from "node:events";
import { constants, createReadStream, createWriteStream } from "node:fs";
import { access, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import ExcelJS from "exceljs";
import {
  BUNDLE_BATCH_ROWS,
  type Bundle,
  type BundleFile,
  type BundleFileStream,
  type BundleRow,
  type BundleStream,
  bundleFileFromCsv,
  bundleFileName,
  CsvRows,
} from "./bundle";
import { CsvReader } from "./csv";
import { ImportErrors } from "./import.errors";

/** Bytes read from a CSV file at a time when it is streamed. */
export const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Opens a bundle on disk for a streamed import: a folder of CSV files or a single CSV file is read
 * while it is imported, a batch of rows at a time, so memory does not grow with the files. A
 * workbook (.xlsx) is streamed once into temporary files, one per sheet (see `xlsxStream`). Call
 * `close()` afterwards to remove those.
 */
export async function openBundle(path: string): Promise<BundleStream> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw ImportErrors.Unreadable({ path });
  }
  const csvFiles: { path: string; size: number }[] = [];
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      if (!/\.csv$/i.test(name)) continue;
      const file = join(path, name);
      csvFiles.push({ path: file, size: (await stat(file)).size });
    }
  } else if (/\.xlsx$/i.test(path)) {
    return xlsxStream(path);
  } else if (/\.csv$/i.test(path)) {
    csvFiles.push({ path, size: info.size });
  } else throw ImportErrors.Unreadable({ path });
  // An unreadable file is a usage error now, not a failure halfway through the import.
  for (const f of csvFiles) {
    try {
      await access(f.path, constants.R_OK);
    } catch {
      throw ImportErrors.Unreadable({ path: f.path });
    }
  }
  let done = 0;
  const total = csvFiles.reduce((n, f) => n + f.size, 0);
  // Two files with one name ("Visits.csv", "visits.csv"): the last in sorted order counts, as in readBundle.
  const byName = new Map<string, BundleFileStream>();
  for (const f of csvFiles) {
    const source = basename(f.path);
    byName.set(bundleFileName(source), {
      name: bundleFileName(source),
      source,
      batches: () => csvBatches(f.path, (bytes) => (done += bytes)),
    });
  }
  return { files: [...byName.values()], progress: () => ({ done, total }) };
}

/** A CSV file on disk as batches of rows, read chunk by chunk. */
async function* csvBatches(path: string, onBytes: (n: number) => void): AsyncGenerator<BundleRow[]> {
  const reader = new CsvReader();
  const rows = new CsvRows();
  let batch: BundleRow[] = [];
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  // Decoding bytes to text as a whole: a UTF-8 character split over two chunks stays whole.
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      for (const row of rows.add(reader.push(decoder.decode(chunk, { stream: true })))) {
        batch.push(row);
        if (batch.length >= BUNDLE_BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
    }
    const tail = decoder.decode();
    for (const row of rows.add([...reader.push(tail), ...reader.end()])) batch.push(row);
    if (batch.length) yield batch;
  } finally {
    stream.destroy();
  }
}

/**
 * Reads a bundle from disk: a folder of CSV files, or one .xlsx workbook with a sheet per file.
 * An adapter (it touches the file system); the rules live in validate-bundle.ts.
 */
export async function readBundle(path: string): Promise<Bundle> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw ImportErrors.Unreadable({ path });
  }
  if (info.isDirectory()) {
    const bundle: Bundle = {};
    for (const name of (await readdir(path)).sort()) {
      if (!/\.csv$/i.test(name)) continue;
      const file = bundleFileFromCsv(name, await readFile(join(path, name), "utf8"));
      bundle[file.name] = file;
    }
    return bundle;
  }
  if (/\.xlsx$/i.test(path)) return bundleFromXlsx(await readFile(path), basename(path));
  if (/\.csv$/i.test(path)) {
    const file = bundleFileFromCsv(basename(path), await readFile(path, "utf8"));
    return { [file.name]: file };
  }
  throw ImportErrors.Unreadable({ path });
}

type CellValue = ExcelJS.CellValue;

/** A workbook cell as the bundle sees it: numbers, dates and booleans stay typed, the rest is text. */
function cellOf(value: CellValue): BundleRow["values"][string] {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellOf(value.result as CellValue);
    if ("error" in value) return null;
  }
  return String(value);
}

/** Column names of a sheet's first row, by column number (1-based), lower-cased. */
function headerOf(row: ExcelJS.Row): string[] {
  const header: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    header[col] = String(cellOf(cell.value) ?? "")
      .trim()
      .toLowerCase();
  });
  return header;
}

/** A data row's values keyed by the header (first of a repeated name wins); null when all are empty. */
function valuesOf(header: string[], row: ExcelJS.Row): BundleRow["values"] | null {
  const values: BundleRow["values"] = {};
  let any = false;
  header.forEach((h, col) => {
    if (!h || h in values) return;
    const v = cellOf(row.getCell(col).value);
    if (v !== null && String(v).trim() !== "") any = true;
    values[h] = v;
  });
  return any ? values : null;
}

/**
 * A workbook streamed: exceljs's streaming reader goes through the sheets once, in workbook order,
 * and each sheet's rows are written to a temporary file (one JSON array per line, dates marked),
 * which the import then reads in its own order (rooms, people, …). Memory holds a row and the
 * workbook's shared strings, not the sheets. The rows are those `bundleFromXlsx` gives.
 */
async function xlsxStream(path: string): Promise<BundleStream> {
  const workbookName = basename(path);
  const tmp = await mkdtemp(join(tmpdir(), "buurtboek-xlsx-"));
  const close = () => rm(tmp, { recursive: true, force: true });
  const sheets = new Map<string, { file: string; header: string[]; rows: number }>();
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    let n = 0;
    for await (const ws of reader) {
      const name = bundleFileName((ws as unknown as { name: string }).name);
      const file = join(tmp, `${n++}.jsonl`);
      const out = createWriteStream(file);
      let header: string[] = [];
      let rows = 0;
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        // As in bundleFromXlsx: the header is row 1, whatever the sheet's first filled row is.
        if (row.number === 1) {
          header = headerOf(row);
          continue;
        }
        const values = valuesOf(header, row);
        if (!values) continue;
        // Dates as {d: milliseconds}: JSON has no dates, and a text cell is never an object.
        const cells = header.map((h) => {
          const v = h ? values[h] : null;
          return v instanceof Date ? { d: v.getTime() } : v;
        });
        const line = `${JSON.stringify([row.number, ...cells])}\n`;
        if (!out.write(line)) await once(out, "drain");
        rows++;
      }
      out.end();
      await once(out, "finish");
      sheets.set(name, { file, header, rows });
    }
  } catch {
    await close();
    throw ImportErrors.NotAWorkbook({ path: workbookName });
  }
  let done = 0;
  const total = [...sheets.values()].reduce((a, s) => a + s.rows, 0);
  return {
    files: [...sheets].map(([name, sheet]) => ({
      name,
      source: `${workbookName}#${name}`,
      async *batches() {
        let batch: BundleRow[] = [];
        const lines = createInterface({ input: createReadStream(sheet.file, "utf8"), crlfDelay: Infinity });
        for await (const text of lines) {
          const [line, ...cells] = JSON.parse(text, (_, v) =>
            v && typeof v === "object" && !Array.isArray(v) && "d" in v ? new Date(v.d ?? Number.NaN) : v,
          ) as [number, ...BundleRow["values"][string][]];
          const values: BundleRow["values"] = {};
          sheet.header.forEach((h, col) => {
            if (h && !(h in values)) values[h] = cells[col] ?? null;
          });
          batch.push({ line, values });
          done++;
          if (batch.length >= BUNDLE_BATCH_ROWS) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
      },
    })),
    progress: () => ({ done, total }),
    close,
  };
}

/** A bundle from an .xlsx workbook (bytes): one sheet per file, named as the file without `.csv`. */
export async function bundleFromXlsx(
  data: ArrayBuffer | Uint8Array,
  workbookName = "bundel.xlsx",
): Promise<Bundle> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' Buffer type predates Node 20's generic Buffer.
    await wb.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ExcelJS.Buffer);
  } catch {
    throw ImportErrors.NotAWorkbook({ path: workbookName });
  }
  const bundle: Bundle = {};
  for (const ws of wb.worksheets) {
    const name = bundleFileName(ws.name);
    const file: BundleFile = { name, source: `${workbookName}#${name}`, rows: [] };
    const header = headerOf(ws.getRow(1));
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const values = valuesOf(header, row);
      if (values) file.rows.push({ line, values });
    });
    bundle[name] = file;
  }
  return bundle;
}
