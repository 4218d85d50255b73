import type { Actor } from "../auth/roles";
import { diffFigures, documentFigures, type FigureChange } from "./figures";
import { dutchDate } from "./format";
import { documentRooms, generateDocument } from "./generate-document";
import type { DocumentDeps } from "./ports";

export interface ReportChanges {
  id: number;
  kind: string;
  rooms: string[];
  year: number;
  quarter: number | null;
  finalisedAt: string;
  /** "Gewijzigd sinds de rapportage van 31 maart 2022". */
  label: string;
  changes: FigureChange[];
}

const KIND_NL: Record<string, string> = {
  agreement: "samenwerkingsafspraak",
  quarterly: "kwartaalrapportage",
  annual: "jaarrapportage",
};

/**
 * For every final report of the year over the given rooms, the figures that differ today (a late
 * registration, a merge, an erasure …): recomputed by the same builder and compared cell by cell.
 * Only reports with changes are returned.
 */
export async function listReportChanges(
  deps: DocumentDeps,
  actor: Actor | null,
  input: { rooms: string[] | "all"; year: number | null },
): Promise<ReportChanges[]> {
  const rooms = await documentRooms(deps, actor, input.rooms);
  const visible = new Set(
    actor === null ? await deps.indicators.allRoomIds() : await documentRooms(deps, actor, "all"),
  );
  const finals = (await deps.documents.listFinals(input.year, rooms)).filter((f) =>
    f.rooms.every((r) => visible.has(r)),
  );
  const out: ReportChanges[] = [];
  for (const f of finals) {
    const now = await generateDocument(deps, null, {
      kind: f.kind,
      rooms: f.rooms,
      year: f.year,
      quarter: f.quarter,
    });
    const changes = diffFigures(f.figures, documentFigures(now));
    if (changes.length === 0) continue;
    const period = f.quarter ? `K${f.quarter} ${f.year}` : String(f.year);
    out.push({
      id: f.id,
      kind: f.kind,
      rooms: f.rooms,
      year: f.year,
      quarter: f.quarter,
      finalisedAt: f.finalisedAt,
      label: `Gewijzigd sinds de ${KIND_NL[f.kind]} ${period} van ${dutchDate(f.finalisedAt.slice(0, 10))}`,
      changes,
    });
  }
  return out;
}
