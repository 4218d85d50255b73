import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, DocumentModel, TableBlock } from "../domain/documents/model";
import { cellText, decodeLogo, isNumeric } from "./cells";
import { normaliseZip } from "./zip";

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const FONT = "Calibri";
// A4 landscape minus 2 cm margins each side, in twips: wide tables (8 rooms) still fit.
const LANDSCAPE_WIDTH = 16838 - 2 * 1134;
const PORTRAIT_WIDTH = 11906 - 2 * 1134;

function table(t: TableBlock, pageWidth: number): (Paragraph | Table)[] {
  const weights = t.columns.map((c) => c.width ?? 1);
  const sum = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((pageWidth * w) / sum));
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" },
          children: [
            new Paragraph({ children: [new TextRun({ text: c.label, bold: true, font: FONT, size: 18 })] }),
          ],
        }),
    ),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        children: row.group
          ? [
              new TableCell({
                columnSpan: t.columns.length,
                shading: { type: ShadingType.CLEAR, fill: "F2F2F2", color: "auto" },
                children: [
                  new Paragraph({
                    children: [
                      new TextRun({ text: String(row.cells[0] ?? ""), bold: true, font: FONT, size: 18 }),
                    ],
                  }),
                ],
              }),
            ]
          : t.columns.map(
              (_, i) =>
                new TableCell({
                  width: { size: widths[i], type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      alignment: isNumeric(row, i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                      children: [
                        new TextRun({
                          text: cellText(t, row, i),
                          bold: row.total,
                          italics: row.housing,
                          font: FONT,
                          size: 18,
                        }),
                      ],
                    }),
                  ],
                }),
            ),
      }),
  );
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [new TextRun({ text: t.title })],
    }),
    new Table({
      rows: [header, ...rows],
      columnWidths: widths,
      width: { size: pageWidth, type: WidthType.DXA },
    }),
  ];
  if (t.note)
    out.push(
      new Paragraph({ children: [new TextRun({ text: t.note, italics: true, size: 16, font: FONT })] }),
    );
  return out;
}

function block(b: Block, pageWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADING[b.level], children: [new TextRun({ text: b.text })] })];
    case "paragraph":
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, italics: b.italic, font: FONT })],
        }),
      ];
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "table":
      return table(b, pageWidth);
    case "bars": {
      // Word has no chart without a chart part; a table of bars stays editable and readable.
      const n = (v: number | string) => (typeof v === "number" ? v : 0);
      const max = Math.max(1, ...b.bars.map((x) => n(x.value)));
      return table(
        {
          kind: "table",
          id: b.id,
          title: b.title,
          columns: [{ label: "Stap", width: 2 }, { label: "Bewoners" }, { label: "", width: 3 }],
          rows: b.bars.length
            ? b.bars.map((x) => ({
                cells: [
                  x.label,
                  x.value,
                  typeof x.value === "number"
                    ? "█".repeat(Math.max(1, Math.round((x.value / max) * 30)))
                    : "",
                ],
              }))
            : [{ cells: [b.empty, null, ""] }],
          note: b.note,
        },
        pageWidth,
      );
    }
    case "signatures":
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 240 },
          children: [
            new TextRun({
              text: `Aldus overeengekomen en ondertekend, te ${b.place}, op ____________________.`,
              font: FONT,
            }),
          ],
        }),
        new Table({
          width: { size: pageWidth, type: WidthType.DXA },
          columnWidths: [Math.floor(pageWidth / 2), Math.floor(pageWidth / 2)],
          rows: b.parties.map(
            (p) =>
              new TableRow({
                children: [
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: p, font: FONT })] })],
                  }),
                  new TableCell({
                    children: [
                      new Paragraph({
                        spacing: { before: 480 },
                        children: [new TextRun({ text: "Handtekening en naam:", size: 16, font: FONT })],
                      }),
                    ],
                  }),
                ],
              }),
          ),
        }),
      ];
  }
}

/** DOCX with real Word headings and tables, landscape when a table has many columns. */
export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  const wide = doc.blocks.some((b) => b.kind === "table" && b.columns.length > 7);
  const pageWidth = wide ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  const logo = decodeLogo(doc.cooperative.logo);
  const front: Paragraph[] = [];
  if (logo) {
    front.push(
      new Paragraph({
        children: [
          new ImageRun({ type: logo.type, data: logo.data, transformation: { width: 120, height: 60 } }),
        ],
      }),
    );
  }
  front.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title })] }),
    new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 28, font: FONT })] }),
    new Paragraph({ children: [new TextRun({ text: doc.cooperative.name, font: FONT })] }),
  );
  if (doc.finalLabel)
    front.push(new Paragraph({ children: [new TextRun({ text: doc.finalLabel, bold: true, font: FONT })] }));
  const d = new Document({
    creator: doc.cooperative.name,
    lastModifiedBy: doc.cooperative.name,
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: wide ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } : undefined,
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [...front, ...doc.blocks.flatMap((b) => block(b, pageWidth))],
      },
    ],
  });
  // docx numbers drawings with a counter that lives as long as the process: number them afresh.
  return normaliseZip(await Packer.toBuffer(d), doc.date, (name, xml) => {
    if (name !== "word/document.xml") return xml;
    let n = 0;
    return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`);
  });
}
