import type { Bundle, BundleRow } from "./bundle";
import { RowIdentities } from "./row-identity";
import { type ColumnSpec, ERASED_PERSON, FILE_SPECS, type FileSpec } from "./spec";
import {
  type Cell,
  cellText,
  isEmpty,
  type Parsed,
  parseAmountCell,
  parseBoolCell,
  parseDateCell,
  parseIntegerCell,
  parseNumberCell,
  parseYearCell,
  shown,
} from "./values";

/** A rejected row (or field of it): file as the user knows it, editor line, column, Dutch reason. */
export interface RejectedRow {
  file: string;
  line: number;
  field: string;
  reason: string;
}

/** A value after parsing: dates as yyyy-mm-dd, booleans, numbers, text; null when empty. */
export type NormValue = string | number | boolean | null;

export interface ValidRow {
  line: number;
  values: Record<string, NormValue>;
  /** sha256 of file, normalised values and occurrence number: the row's identity across imports. */
  key: string;
}

export interface ValidatedFile {
  name: string;
  source: string;
  rows: ValidRow[];
}

export interface Validation {
  files: ValidatedFile[];
  rejected: RejectedRow[];
}

/** What the database already holds, for references a bundle may make without declaring them again. */
export interface ValidationContext {
  roomsInDb: ReadonlySet<string>;
  personsInDb: ReadonlySet<string>;
}

/** "visits.csv regel 7, veld 'date': '31-02-2021' is geen geldige datum" */
export function describeRejected(r: RejectedRow): string {
  return `${r.file} regel ${r.line}${r.field ? `, veld '${r.field}'` : ""}: ${r.reason}`;
}

function listOf(values: readonly string[]): string {
  return values.length > 10 ? `${values.slice(0, 10).join(", ")} …` : values.join(", ");
}

/** The rejection when a bundle has no rooms.csv. */
export const MISSING_ROOMS: RejectedRow = {
  file: "rooms.csv",
  line: 1,
  field: "",
  reason: "het bestand rooms.csv ontbreekt; het is verplicht",
};

/** Rooms and persons rows may refer to; valid rows of rooms.csv and people.csv are added as they pass. */
export interface KnownRefs {
  rooms: Set<string>;
  persons: Set<string>;
}

/**
 * Checks the rows of one file against INTERCHANGE.md, batch by batch in file order, and
 * normalises the valid ones. It keeps only what later rows are checked against — the first line
 * of each unique key, a funder's type, the occurrence numbers of row identities — never the rows.
 * Rejections are appended to `rejected`.
 */
export class FileValidator {
  private seenUnique = new Map<string, number>();
  private identities = new RowIdentities();
  // A funder has one type: financing rows that give it another are a mistake, not a second funder.
  private funderTypes = new Map<string, { type: NormValue; line: number }>();

  constructor(
    readonly spec: FileSpec,
    readonly source: string,
    private known: KnownRefs,
    private rejected: RejectedRow[],
  ) {}

  validate(batch: readonly BundleRow[]): ValidRow[] {
    const { spec } = this;
    const rows: ValidRow[] = [];
    for (const row of batch) {
      const errors: { field: string; reason: string }[] = [];
      const values = parseRow(spec, row, this.known, errors);
      if (errors.length === 0) checkRow(spec, values, errors);
      if (errors.length === 0 && spec.name === "financing") {
        const seen = this.funderTypes.get(values.funder as string);
        if (!seen)
          this.funderTypes.set(values.funder as string, { type: values.funder_type, line: row.line });
        else if (seen.type !== values.funder_type) {
          errors.push({
            field: "funder_type",
            reason: `financier '${values.funder}' heeft op regel ${seen.line} het type ${seen.type}; één financier heeft één type`,
          });
        }
      }
      if (errors.length === 0 && spec.unique) {
        const u = spec.unique.map((c) => String(values[c])).join("\u001f");
        const first = this.seenUnique.get(u);
        if (first !== undefined) {
          const field = spec.unique[spec.unique.length - 1];
          errors.push({
            field,
            reason:
              spec.name === "people"
                ? `persoon '${values.person}' staat al op regel ${first}; een persoon staat maar één keer in people.csv`
                : spec.name === "rooms"
                  ? `kamer '${values.room}' staat al op regel ${first}`
                  : `er is al een regel voor ${spec.unique.map((c) => `${c} ${values[c]}`).join(", ")} (regel ${first})`,
          });
        } else this.seenUnique.set(u, row.line);
      }
      if (errors.length) {
        for (const e of errors)
          this.rejected.push({ file: this.source, line: row.line, field: e.field, reason: e.reason });
        continue;
      }
      if (spec.name === "rooms") this.known.rooms.add(values.room as string);
      if (spec.name === "people") this.known.persons.add(values.person as string);
      let identity = spec.name;
      for (const c of spec.columns) {
        const value = canonical(values[c.name]);
        if (c.added && (value === "" || value === "no")) continue;
        identity += `\u001f${value}`;
      }
      rows.push({ line: row.line, values, key: this.identities.key(identity) });
    }
    return rows;
  }
}

/** Checks every row of a bundle in memory against INTERCHANGE.md and normalises the valid ones. */
export function validateBundle(bundle: Bundle, ctx: ValidationContext): Validation {
  const rejected: RejectedRow[] = [];
  const files: ValidatedFile[] = [];
  if (!bundle.rooms) rejected.push({ ...MISSING_ROOMS });
  const known = { rooms: new Set(ctx.roomsInDb), persons: new Set(ctx.personsInDb) };
  for (const spec of FILE_SPECS) {
    const file = bundle[spec.name];
    if (!file) continue;
    const rows = new FileValidator(spec, file.source, known, rejected).validate(file.rows);
    files.push({ name: spec.name, source: file.source, rows });
  }
  return { files, rejected };
}

function canonical(v: NormValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

interface Known {
  rooms: ReadonlySet<string>;
  persons: ReadonlySet<string>;
}

function parseRow(
  spec: FileSpec,
  row: BundleRow,
  known: Known,
  errors: { field: string; reason: string }[],
): Record<string, NormValue> {
  const values: Record<string, NormValue> = {};
  for (const col of spec.columns) {
    const cell = row.values[col.name];
    if (isEmpty(cell)) {
      if (col.required) errors.push({ field: col.name, reason: "is leeg; dit veld is verplicht" });
      values[col.name] = emptyValue(spec, col);
      continue;
    }
    const p = parseCell(col, cell, known, row);
    if (p.ok) values[col.name] = p.value;
    else {
      values[col.name] = null;
      errors.push({ field: col.name, reason: p.reason });
    }
  }
  return values;
}

function emptyValue(spec: FileSpec, col: ColumnSpec): NormValue {
  if (col.type.t === "bool") return spec.name === "budget" && col.name === "indirect" ? null : false;
  if (spec.name === "visits" && col.name === "count") return 1;
  if (spec.name === "hours" && col.name === "kind") return "volunteer";
  return null;
}

function parseCell(col: ColumnSpec, cell: Cell, known: Known, row: BundleRow): Parsed<NormValue> {
  const type = col.type;
  switch (type.t) {
    case "text":
      return { ok: true, value: cellText(cell) };
    case "id": {
      const v = cellText(cell).toLowerCase();
      if (type.values.includes(v)) return { ok: true, value: v };
      return { ok: false, reason: `${shown(cell)} is geen geldige waarde; kies uit: ${listOf(type.values)}` };
    }
    case "date":
      return parseDateCell(cell);
    case "bool":
      return parseBoolCell(cell);
    case "amount": {
      const p = parseAmountCell(cell);
      if (p.ok && type.positive && p.value <= 0)
        return { ok: false, reason: `${shown(cell)} moet groter dan 0 zijn` };
      return p;
    }
    case "number": {
      const p = type.integer ? parseIntegerCell(cell) : parseNumberCell(cell);
      if (!p.ok) return p;
      if (type.min !== undefined && p.value < type.min) {
        return { ok: false, reason: `${shown(cell)} mag niet negatief zijn` };
      }
      if (type.max !== undefined && p.value > type.max) {
        return {
          ok: false,
          reason:
            col.name === "hours"
              ? `${shown(cell)} is meer dan 24 uur op één dag`
              : `${shown(cell)} is te groot (hoogstens ${type.max})`,
        };
      }
      return p;
    }
    case "year":
      return parseYearCell(cell);
    case "room": {
      const r = cellText(cell);
      return known.rooms.has(r)
        ? { ok: true, value: r }
        : { ok: false, reason: `kamer ${shown(cell)} is onbekend; zet haar eerst in rooms.csv` };
    }
    case "person": {
      const ref = cellText(cell);
      if (ref === ERASED_PERSON || known.persons.has(ref)) return { ok: true, value: ref };
      return { ok: false, reason: `persoon ${shown(cell)} staat niet in people.csv` };
    }
    case "target": {
      const t = cellText(cell).toLowerCase();
      if (t === "too_early") return { ok: true, value: "too_early" };
      const p = parseNumberCell(cell);
      if (!p.ok) return { ok: false, reason: `${shown(cell)} is geen getal en geen too_early` };
      if (p.value < 0) return { ok: false, reason: `${shown(cell)} mag niet negatief zijn` };
      return p;
    }
    case "budget_code": {
      const code = cellText(cell).toUpperCase();
      if (/^[A-E][0-9]+$/.test(code)) return { ok: true, value: code };
      return {
        ok: false,
        reason: `${shown(cell)} is geen geldige code; een code is een letter A tot en met E met een nummer, zoals A1 of E2`,
      };
    }
    case "answer": {
      const question = cellText(row.values.question).toLowerCase();
      // With an unknown question only the question is reported; its answer cannot be judged.
      if (question !== "score" && question !== "confidence" && question !== "pleasant_living") {
        return { ok: true, value: cellText(cell) };
      }
      if (question === "score") {
        const p = parseNumberCell(cell);
        if (!p.ok || p.value < 1 || p.value > 10) {
          return { ok: false, reason: `${shown(cell)} is geen score van 1 tot en met 10` };
        }
        return { ok: true, value: String(p.value) };
      }
      const b = parseBoolCell(cell);
      return b.ok ? { ok: true, value: b.value ? "yes" : "no" } : b;
    }
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** Rules that tie fields of one row together. */
function checkRow(spec: FileSpec, v: Record<string, NormValue>, errors: { field: string; reason: string }[]) {
  if (spec.period) {
    const [from, to] = spec.period;
    if (v[from] && v[to] && (v[to] as string) < (v[from] as string)) {
      errors.push({
        field: to,
        reason: `'${v[to]}' ligt voor '${from}' (${v[from]}); het einde kan niet voor het begin liggen`,
      });
    }
  }
  if (spec.name === "budget" && v.indirect === null) {
    const code = v.code as string;
    v.indirect = code === "A3" || code.startsWith("E");
  }
  if (spec.name === "impacts" && v.kind === "evictions" && typeof v.value === "number" && v.value < 0) {
    errors.push({ field: "value", reason: `'${v.value}' mag niet negatief zijn; het is een aantal` });
  }
}
