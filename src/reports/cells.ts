import type { TableRow } from "../domain/documents/model";

export { cellText, formatOf } from "../domain/documents/format";

/** Numbers right-aligned, text left. */
export function isNumeric(row: TableRow, i: number): boolean {
  return typeof row.cells[i] === "number";
}

/** Logo data URL → bytes and type, or null when it is not a PNG/JPEG data URL. */
export function decodeLogo(logo: string | null): { data: Buffer; type: "png" | "jpg" } | null {
  const m = logo ? /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=]+)$/.exec(logo) : null;
  if (!m) return null;
  return { data: Buffer.from(m[2], "base64"), type: m[1] === "png" ? "png" : "jpg" };
}
