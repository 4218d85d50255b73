import ExcelJS from "exceljs";
import { EXCEL_FORMATS } from "../domain/documents/format";
import type { DocumentModel, TableBlock } from "../domain/documents/model";
import { formatOf } from "./cells";
import { normaliseZip } from "./zip";

const INVALID = /[\\/?*[\]:]/g;

/** Sheet names: at most 31 characters, no []:*?/\, unique. */
function sheetNames(ids: string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = id.replace(INVALID, " ").slice(0, 31) || "Blad";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * XLSX: a first sheet with the title and the texts, then every table on its own sheet with
 * numbers as numbers (formatted like the seeds), the header frozen.
 */
export async function renderXlsx(doc: DocumentModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const created = new Date(`${doc.date}T00:00:00Z`);
  // Fixed metadata so a final report renders to the same bytes again.
  wb.creator = doc.cooperative.name;
  wb.lastModifiedBy = doc.cooperative.name;
  wb.created = created;
  wb.modified = created;

  const front = wb.addWorksheet("Document");
  front.getColumn(1).width = 110;
  front.addRow([doc.title]).font = { bold: true, size: 16 };
  front.addRow([doc.subtitle]);
  front.addRow([doc.cooperative.name]);
  if (doc.finalLabel) front.addRow([doc.finalLabel]).font = { bold: true };
  front.addRow([]);
  for (const b of doc.blocks) {
    if (b.kind === "heading") front.addRow([b.text]).font = { bold: true, size: b.level === 1 ? 14 : 12 };
    else if (b.kind === "paragraph") {
      const row = front.addRow([b.text]);
      row.alignment = { wrapText: true, vertical: "top" };
      if (b.italic) row.font = { italic: true };
    } else if (b.kind === "table" || b.kind === "bars") front.addRow([`→ zie blad ‘${b.id}’: ${b.title}`]);
    else if (b.kind === "signatures") {
      front.addRow([`Aldus overeengekomen en ondertekend, te ${b.place}, op ____________________.`]);
      for (const p of b.parties) front.addRow([`${p}:  ____________________`]);
    }
  }

  const tables = doc.blocks.filter(
    (b): b is TableBlock | Extract<typeof b, { kind: "bars" }> => b.kind === "table" || b.kind === "bars",
  );
  const names = sheetNames(tables.map((t) => t.id));
  tables.forEach((b, ti) => {
    const ws = wb.addWorksheet(names[ti], { views: [{ state: "frozen", ySplit: 2 }] });
    ws.addRow([b.title]).font = { bold: true, size: 13 };
    if (b.kind === "bars") {
      ws.addRow(["Stap", "Bewoners"]).font = { bold: true };
      for (const bar of b.bars) ws.addRow([bar.label, bar.value]);
      if (b.bars.length === 0) ws.addRow([b.empty]);
      if (b.note) ws.addRow([b.note]).font = { italic: true };
      ws.getColumn(1).width = 40;
      ws.getColumn(2).width = 12;
      return;
    }
    ws.addRow(b.columns.map((c) => c.label)).font = { bold: true };
    for (const row of b.rows) {
      const r = ws.addRow(row.cells.map((c) => (c === null ? null : c)));
      row.cells.forEach((c, i) => {
        if (typeof c === "number") r.getCell(i + 1).numFmt = EXCEL_FORMATS[formatOf(b, row, i)];
      });
      if (row.total || row.group) r.font = { bold: true };
      else if (row.housing) r.font = { italic: true };
    }
    if (b.note) ws.addRow([b.note]).font = { italic: true };
    b.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.round(14 * (c.width ?? 1));
    });
  });
  return normaliseZip(Buffer.from(await wb.xlsx.writeBuffer()), doc.date);
}
