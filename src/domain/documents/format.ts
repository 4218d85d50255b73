import type { Cell, NumberFormat, TableBlock, TableRow } from "./model";

const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const euros = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/** A number as the seeds print it: € 125.568, 38%, 10.500, 7,5. */
export function formatNumber(n: number, format: NumberFormat = "int"): string {
  switch (format) {
    case "eur":
      // The seeds print whole euros; a negative amount keeps its sign before the symbol.
      return `${n < 0 ? "-" : ""}€\u00a0${euros.format(Math.abs(Math.round(n)))}`;
    case "pct":
      return `${whole.format(Math.round(n * 100))}%`;
    case "int":
      return Number.isInteger(n) ? whole.format(n) : oneDecimal.format(n);
    case "hours":
    case "dec":
      return oneDecimal.format(n);
  }
}

/** Number format codes for Excel, so cells stay numbers and still read like the seeds. */
export const EXCEL_FORMATS: Record<NumberFormat, string> = {
  int: "#,##0",
  eur: '"€" #,##0',
  pct: "0%",
  hours: "#,##0.0",
  dec: "#,##0.0",
};

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** 2021-03-31 → 31 maart 2021. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The number format of a cell: the row's override, else the column's, else a whole count. */
export function formatOf(table: TableBlock, row: TableRow, i: number): NumberFormat {
  return row.formats?.[i] ?? table.columns[i]?.format ?? "int";
}

/** A cell as text, the way DOCX, PDF and the screen print it. */
export function cellText(table: TableBlock, row: TableRow, i: number): string {
  const c: Cell = row.cells[i] ?? null;
  if (c === null) return row.group ? "" : "–";
  if (typeof c === "number") return formatNumber(c, formatOf(table, row, i));
  return c;
}
