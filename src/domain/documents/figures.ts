import { isHidden } from "../privacy/small-cells";
import type { DocumentModel } from "./model";

/** One figure of a document by its place: table, row label and column. */
export type Figures = Record<string, number | string>;

const SEP = " · ";

/**
 * Every number of a document's tables (and each "< 5" or "x" of the small-cell rule), keyed by table, row label and
 * column, so a final report can be compared with the same document computed today.
 */
export function documentFigures(doc: DocumentModel): Figures {
  const out: Figures = {};
  for (const b of doc.blocks) {
    if (b.kind === "bars") {
      for (const bar of b.bars) out[[b.id, bar.label, "Bewoners"].join(SEP)] = bar.value;
      continue;
    }
    if (b.kind !== "table") continue;
    const seen = new Map<string, number>();
    for (const row of b.rows) {
      if (row.group) continue;
      let label = [
        row.cells[0],
        typeof row.cells[1] === "string" && b.columns[0].label === "Code" ? row.cells[1] : null,
      ]
        .filter((x) => x !== null && x !== "")
        .join(" ");
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      if (n > 1) label = `${label} (${n})`;
      row.cells.forEach((c, i) => {
        if (i === 0) return;
        if (typeof c === "number" || isHidden(c)) out[[b.id, label, b.columns[i].label].join(SEP)] = c;
      });
    }
  }
  return out;
}

export interface FigureChange {
  table: string;
  row: string;
  column: string;
  reported: number | string | null;
  now: number | string | null;
  /** now − reported when both are numbers. */
  difference: number | null;
}

/** The figures that differ between a final report and today's computation. */
export function diffFigures(reported: Figures, now: Figures): FigureChange[] {
  const keys = [...new Set([...Object.keys(reported), ...Object.keys(now)])];
  const changes: FigureChange[] = [];
  for (const key of keys) {
    const a = reported[key] ?? null;
    const b = now[key] ?? null;
    const same = typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
    if (same) continue;
    const [table, row, column] = key.split(SEP);
    changes.push({
      table,
      row,
      column,
      reported: a,
      now: b,
      difference: typeof a === "number" && typeof b === "number" ? Math.round((b - a) * 1e6) / 1e6 : null,
    });
  }
  return changes;
}
