/**
 * A document as neutral blocks (headings, text, tables, signatures, a bar chart), built by the
 * domain from its figures and rendered to DOCX, PDF and XLSX by src/reports. Keeping one model
 * means the three formats cannot disagree, and a final report can be stored as this JSON and
 * rendered again byte for byte.
 */

/** How a number is shown: whole count, euros, a fraction shown as percent, hours, or one decimal. */
export type NumberFormat = "int" | "eur" | "pct" | "hours" | "dec";

/** A table cell: text, a number (shown with the column's format), or empty. */
export type Cell = string | number | null;

export interface TableColumn {
  label: string;
  /** Format of the numbers in this column; text cells show as they are. */
  format?: NumberFormat;
  /** Relative width for DOCX and PDF (default 1). */
  width?: number;
}

export interface TableRow {
  cells: Cell[];
  /** A subtotal or total row (bold). */
  total?: boolean;
  /** A group heading row such as "IMPACT – effecten" (spans the table in DOCX and PDF). */
  group?: boolean;
  /** Of specific interest to housing corporations (italic, as the seeds print them). */
  housing?: boolean;
  /** Per cell number formats overriding the column's (rows that mix € and %). */
  formats?: (NumberFormat | undefined)[];
}

export interface TableBlock {
  kind: "table";
  /** A stable key; also the XLSX sheet name (max 31 characters, unique in the document). */
  id: string;
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Text below the table (sources, suppression notes). */
  note?: string;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; italic?: boolean }
  | TableBlock
  | {
      kind: "bars";
      id: string;
      title: string;
      /** A value is a count, or the small-cell rule's "< 5" or "x" (privacy/small-cells.ts). */
      bars: { label: string; value: number | string }[];
      empty: string;
      note?: string;
    }
  | { kind: "signatures"; place: string; parties: string[] }
  | { kind: "pagebreak" };

export type DocumentKind = "agreement" | "quarterly" | "annual";

export interface DocumentModel {
  kind: DocumentKind;
  title: string;
  subtitle: string;
  cooperative: { name: string; logo: string | null };
  rooms: string[];
  year: number;
  quarter: number | null;
  /** The date the document is dated on (yyyy-mm-dd); also its creation date in file metadata. */
  date: string;
  /** Set on a final report: "Definitief, vastgesteld op …". */
  finalLabel?: string;
  blocks: Block[];
}
