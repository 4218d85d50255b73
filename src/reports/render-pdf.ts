import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { Block, DocumentModel, TableBlock } from "../domain/documents/model";
import { cellText, isNumeric } from "./cells";

// pdfmake ships no types; this is the part of its server API used here.
interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(fn: (url: string) => boolean): void;
  setLocalAccessPolicy(fn: (path: string) => boolean): void;
  createPdf(def: unknown): { getBuffer(): Promise<Buffer> };
}
type Content = Record<string, unknown> | string;

const require = createRequire(import.meta.url);
let instance: PdfMake | undefined;
function pdfmake(): PdfMake {
  if (!instance) {
    const p = require("pdfmake") as PdfMake;
    const fonts = require("pdfmake/fonts/Roboto.js") as { Roboto: Record<string, string> };
    const fontDir = dirname(fonts.Roboto.normal);
    p.setFonts(fonts);
    // Documents embed nothing from the network or disk except the bundled fonts.
    p.setUrlAccessPolicy(() => false);
    p.setLocalAccessPolicy((path) => path.startsWith(fontDir));
    instance = p;
  }
  return instance;
}

function table(t: TableBlock): Content[] {
  const n = t.columns.length;
  const fontSize = n > 8 ? 6.5 : n > 6 ? 7.5 : 8.5;
  const body = [
    t.columns.map((c) => ({ text: c.label, bold: true, fillColor: "#D9E2F3" })),
    ...t.rows.map((row) =>
      row.group
        ? [
            { text: String(row.cells[0] ?? ""), bold: true, colSpan: n, fillColor: "#F2F2F2" },
            ...Array.from({ length: n - 1 }, () => ""),
          ]
        : t.columns.map((_, i) => ({
            text: cellText(t, row, i),
            bold: row.total === true,
            italics: row.housing === true,
            alignment: isNumeric(row, i) ? "right" : "left",
          })),
    ),
  ];
  const out: Content[] = [
    { text: t.title, style: "h3" },
    {
      table: { headerRows: 1, widths: t.columns.map((c) => ((c.width ?? 1) > 1.5 ? "*" : "auto")), body },
      layout: "lightHorizontalLines",
      fontSize,
      margin: [0, 2, 0, 4],
    },
  ];
  if (t.note) out.push({ text: t.note, italics: true, fontSize: 7, margin: [0, 0, 0, 8] });
  return out;
}

function block(b: Block, width: number): Content[] {
  switch (b.kind) {
    case "heading":
      return [{ text: b.text, style: `h${b.level}` }];
    case "paragraph":
      return [{ text: b.text, italics: b.italic === true, margin: [0, 0, 0, 6] }];
    case "pagebreak":
      return [{ text: "", pageBreak: "after" }];
    case "table":
      return table(b);
    case "bars": {
      if (b.bars.length === 0)
        return [
          { text: b.title, style: "h3" },
          { text: b.empty, italics: true },
        ];
      const n = (v: number | string) => (typeof v === "number" ? v : 0);
      const max = Math.max(1, ...b.bars.map((x) => n(x.value)));
      const barWidth = width * 0.45;
      return [
        { text: b.title, style: "h3" },
        {
          table: {
            widths: [width * 0.35, barWidth, "auto"],
            body: b.bars.map((x) => [
              { text: x.label, fontSize: 8 },
              {
                canvas: [
                  {
                    type: "rect",
                    x: 0,
                    y: 1,
                    w: Math.max(2, (n(x.value) / max) * barWidth),
                    h: 9,
                    color: "#4472C4",
                  },
                ],
              },
              { text: String(x.value), fontSize: 8, alignment: "right" },
            ]),
          },
          layout: "noBorders",
          margin: [0, 2, 0, 8],
        },
        ...(b.note ? [{ text: b.note, fontSize: 7, italics: true, margin: [0, 0, 0, 8] }] : []),
      ];
    }
    case "signatures":
      return [
        {
          text: `Aldus overeengekomen en ondertekend, te ${b.place}, op ____________________.`,
          margin: [0, 12, 0, 12],
        },
        {
          table: {
            widths: ["*", "*"],
            body: b.parties.map((p) => [p, { text: "\n\n____________________________", alignment: "left" }]),
          },
          layout: "noBorders",
        },
      ];
  }
}

/** PDF through pdfmake; metadata dated on the document's date so the bytes are reproducible. */
export async function renderPdf(doc: DocumentModel): Promise<Buffer> {
  const wide = doc.blocks.some((b) => b.kind === "table" && b.columns.length > 7);
  const width = wide ? 842 - 80 : 595 - 80;
  const date = new Date(`${doc.date}T00:00:00Z`);
  const front: Content[] = [];
  if (doc.cooperative.logo && /^data:image\/(png|jpeg);base64,/.test(doc.cooperative.logo)) {
    front.push({ image: doc.cooperative.logo, width: 120, margin: [0, 0, 0, 8] });
  }
  front.push(
    { text: doc.title, style: "title" },
    { text: doc.subtitle, fontSize: 13, margin: [0, 0, 0, 2] },
    { text: doc.cooperative.name, margin: [0, 0, 0, 2] },
  );
  if (doc.finalLabel) front.push({ text: doc.finalLabel, bold: true });
  const def = {
    pageSize: "A4",
    pageOrientation: wide ? "landscape" : "portrait",
    pageMargins: [40, 40, 40, 40],
    info: {
      title: doc.title,
      author: doc.cooperative.name,
      creator: "Buurtboek",
      producer: "Buurtboek",
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: "Roboto", fontSize: 9.5 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      h1: { fontSize: 15, bold: true, margin: [0, 12, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page: number, pages: number) => ({
      text: `${doc.cooperative.name} · ${doc.title} · ${page}/${pages}`,
      fontSize: 7,
      alignment: "center",
    }),
    content: [...front, ...doc.blocks.flatMap((b) => block(b, width))],
  };
  return pdfmake().createPdf(def).getBuffer();
}
