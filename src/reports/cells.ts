import { formatNumber } from "../domain/documents/format";
import type { Cell, NumberFormat, TableBlock, TableRow } from "../domain/documents/model";

/** The number format of a cell: the row's override, else the column's, else a whole count. */
export function formatOf(table: TableBlock, row: TableRow, i: number): NumberFormat {
  return row.formats?.[i] ?? table.columns[i]?.format ?? "int";
}

/** A cell as text, the way DOCX and PDF print it. */
export function cellText(table: TableBlock, row: TableRow, i: number): string {
  const c: Cell = row.cells[i] ?? null;
  if (c === null) return row.group ? "" : "–";
  if (typeof c === "number") return formatNumber(c, formatOf(table, row, i));
  return c;
}

/** Numbers right-aligned, text left: the first column is always text. */
export function isNumeric(row: TableRow, i: number): boolean {
  return typeof row.cells[i] === "number";
}

/** Logo data URL → bytes and type, or null when it is not a PNG/JPEG data URL. */
export function decodeLogo(logo: string | null): { data: Buffer; type: "png" | "jpg" } | null {
  const m = logo ? /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=]+)$/.exec(logo) : null;
  if (!m) return null;
  return { data: Buffer.from(m[2], "base64"), type: m[1] === "png" ? "png" : "jpg" };
}
