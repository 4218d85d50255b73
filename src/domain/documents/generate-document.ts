import type { Actor } from "../auth/roles";
import { indicatorRooms } from "../indicators/indicator-rooms";
import { checkOutsidePeriod, readsFromOutside } from "../indicators/small-cells";
import { todayInAmsterdam } from "../shared/dates";
import { buildAgreement } from "./build-agreement";
import { buildProgressReport } from "./build-progress-report";
import { DocumentErrors } from "./documents.errors";
import { checkYear, getDocumentData, quarterRange } from "./get-document-data";
import type { DocumentKind, DocumentModel } from "./model";
import type { DocumentDeps } from "./ports";

export const DOCUMENT_KINDS = ["agreement", "quarterly", "annual"] as const;

export function checkKind(kind: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw DocumentErrors.BadKind({ kind });
  return kind as DocumentKind;
}

export interface DocumentRequest {
  kind: DocumentKind;
  rooms: string[] | "all";
  year: number;
  quarter: number | null;
}

/**
 * The rooms a user may put in a document: the same rule as the indicators (a funder only the
 * rooms it contributes to); a room outside that set is refused as unknown. The CLI passes no actor.
 */
export async function documentRooms(
  deps: DocumentDeps,
  actor: Actor | null,
  requested: string[] | "all",
): Promise<string[]> {
  if (actor === null) return requested === "all" ? deps.indicators.allRoomIds() : requested;
  return indicatorRooms(deps, actor, requested);
}

/** A document (agreement, quarterly or annual report) as a model, ready to render. */
export async function generateDocument(
  deps: DocumentDeps,
  actor: Actor | null,
  input: DocumentRequest,
): Promise<DocumentModel> {
  const kind = checkKind(input.kind);
  if (kind === "quarterly" && input.quarter === null) throw DocumentErrors.BadQuarter({ quarter: "" });
  const rooms = await documentRooms(deps, actor, input.rooms);
  // A funder or board gets reports over past quarters only (an agreement holds targets and money).
  if (kind !== "agreement" && readsFromOutside(actor)) {
    const { from, to } = quarterRange(checkYear(input.year), kind === "quarterly" ? input.quarter : null);
    checkOutsidePeriod(from, to, todayInAmsterdam(deps.now()));
  }
  const data = await getDocumentData(deps, { kind, rooms, year: input.year, quarter: input.quarter });
  const doc = kind === "agreement" ? buildAgreement(data) : buildProgressReport(data);
  // Sections of other contexts (planning's learning plan) go at the end, after this context's own.
  for (const provide of deps.sections ?? []) {
    doc.blocks.push(...(await provide({ kind, year: data.year, rooms: data.rooms })));
  }
  return doc;
}
