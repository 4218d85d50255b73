import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { type Bundle, type BundleFile, type BundleRow, bundleFileFromCsv, bundleFileName } from "./bundle";
import { ImportErrors } from "./import.errors";

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
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      header[col] = String(cellOf(cell.value) ?? "")
        .trim()
        .toLowerCase();
    });
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const values: BundleRow["values"] = {};
      let any = false;
      header.forEach((h, col) => {
        if (!h || h in values) return;
        const v = cellOf(row.getCell(col).value);
        if (v !== null && String(v).trim() !== "") any = true;
        values[h] = v;
      });
      if (any) file.rows.push({ line, values });
    });
    bundle[name] = file;
  }
  return bundle;
}
