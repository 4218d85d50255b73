import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The tables of a DOCX (w:tbl), each as rows of cell texts. */
export async function docxTables(buf: Buffer): Promise<string[][][]> {
  const xml = await (await JSZip.loadAsync(buf)).file("word/document.xml")!.async("string");
  const text = (s: string) =>
    [...s.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replaceAll("&amp;", "&")
      .replaceAll("&apos;", "'")
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("\u00a0", " ");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1])),
    ),
  );
}

/** The headings of a DOCX (paragraphs with a Heading/Title style), in order. */
export async function docxHeadings(buf: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buf)).file("word/document.xml")!.async("string");
  return [
    ...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Heading\d|Title)"\/>([\s\S]*?)<\/w:p>/g),
  ].map((m) => [...m[2].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(""));
}

/** A row of a table whose first cells match, in a DOCX table list. */
export function findRow(tables: string[][][], header: string, first: string, second?: string): string[] {
  for (const t of tables) {
    if (!t[0]?.includes(header)) continue;
    const row = t.find((r) => r[0] === first && (second === undefined || r[1] === second));
    if (row) return row;
  }
  throw new Error(`no row '${first}' in a table with column '${header}'`);
}

/** An XLSX sheet's rows as arrays of raw cell values (numbers stay numbers). */
export async function xlsxSheets(
  buf: Buffer,
): Promise<Map<string, { values: unknown[]; numFmts: (string | undefined)[] }[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out = new Map<string, { values: unknown[]; numFmts: (string | undefined)[] }[]>();
  wb.eachSheet((ws) => {
    const rows: { values: unknown[]; numFmts: (string | undefined)[] }[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values: unknown[] = [];
      const numFmts: (string | undefined)[] = [];
      for (let i = 1; i <= ws.columnCount; i++) {
        values.push(row.getCell(i).value ?? null);
        numFmts.push(row.getCell(i).numFmt);
      }
      rows.push({ values, numFmts });
    });
    out.set(ws.name, rows);
  });
  return out;
}

/** The text of every page of a PDF (pdf.js), spaces normalised. */
export async function pdfText(buf: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false, useSystemFonts: false })
    .promise;
  let out = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out += `${content.items.map((x) => ("str" in x ? x.str : "")).join(" ")}\n`;
  }
  await doc.destroy();
  return out.replace(/[\s\u00a0]+/g, " ");
}
