import { type IsoDate, parseDate, toIsoDate } from "../shared/dates";

/** A cell as a reader hands it over: CSV gives text, a workbook also numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The outcome of parsing one cell: a value, or a Dutch reason why it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** The cell as trimmed text; empty for null. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return toIsoDate(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return String(cell).trim();
}

export function isEmpty(cell: Cell): boolean {
  return cellText(cell) === "";
}

/** Shown in messages: the value as the user typed it, between quotes. */
export function shown(cell: Cell): string {
  return `'${cellText(cell)}'`;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug is before any date we accept).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function parseDateCell(cell: Cell): Parsed<IsoDate> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail("is geen geldige datum");
    return ok(toIsoDate(cell));
  }
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 0 && cell < 200000) {
    return ok(toIsoDate(new Date(EXCEL_EPOCH + cell * 86400000)));
  }
  const text = cellText(cell);
  let d = dateCache.get(text);
  if (d === undefined) {
    // A bundle holds few distinct dates and many rows: parse each text once.
    if (dateCache.size > 100_000) dateCache.clear();
    d = parseDate(text);
    dateCache.set(text, d);
  }
  return d ? ok(d) : fail(`${shown(cell)} is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)`);
}

const dateCache = new Map<string, IsoDate | null>();

const TRUE = new Set(["yes", "ja", "true", "1"]);
const FALSE = new Set(["no", "nee", "false", "0"]);

export function parseBoolCell(cell: Cell): Parsed<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  const t = cellText(cell).toLowerCase();
  if (TRUE.has(t)) return ok(true);
  if (FALSE.has(t)) return ok(false);
  return fail(`${shown(cell)} is geen ja of nee (gebruik yes/no, ja/nee, true/false of 1/0)`);
}

/**
 * Euro amounts: a comma or point followed by one or two final digits is the decimal separator;
 * every other point, comma or space groups thousands (`1.234,56` = `1,234.56` = 1234.56; `1.234` = 1234).
 */
export function parseAmountCell(cell: Cell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(round2(cell)) : fail("is geen bedrag");
  let t = cellText(cell).replace(/[€\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (t.startsWith("-")) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith("+")) t = t.slice(1);
  if (!/^[0-9][0-9.,]*$/.test(t) || /[.,]$/.test(t) || /[.,]{2}/.test(t)) {
    return fail(`${shown(cell)} is geen geldig bedrag`);
  }
  const m = /^(.*?)[.,]([0-9]{1,2})$/.exec(t);
  const whole = (m ? m[1] : t).replace(/[.,]/g, "");
  const frac = m ? m[2] : "";
  if (whole === "" || !/^[0-9]+$/.test(whole)) return fail(`${shown(cell)} is geen geldig bedrag`);
  return ok(sign * Number(frac ? `${whole}.${frac}` : whole));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Hours, counts, scores, percentages: `.` or `,` as decimal separator, no grouping. */
export function parseNumberCell(cell: Cell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell) : fail("is geen getal");
  const t = cellText(cell);
  if (!/^[-+]?[0-9]+([.,][0-9]+)?$/.test(t)) return fail(`${shown(cell)} is geen geldig getal`);
  return ok(Number(t.replace(",", ".")));
}

export function parseIntegerCell(cell: Cell): Parsed<number> {
  const n = parseNumberCell(cell);
  if (!n.ok) return n;
  return Number.isInteger(n.value) ? n : fail(`${shown(cell)} is geen heel getal`);
}

export function parseYearCell(cell: Cell): Parsed<number> {
  const n = parseIntegerCell(cell);
  if (!n.ok || n.value < 1900 || n.value > 2200) return fail(`${shown(cell)} is geen geldig jaartal`);
  return n;
}
