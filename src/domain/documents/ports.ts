import type { FinanceRepository } from "../finance/ports";
import type { IndicatorsRepository } from "../indicators/ports";
import type { Figures } from "./figures";
import type { Block, DocumentKind, DocumentModel } from "./model";

export interface RoomInfo {
  id: string;
  name: string;
  city: string | null;
  association: string | null;
}

/** A personal attribute a report breaks participants down by; suppression applies to each. */
export type BreakdownAttribute = "landlord" | "newcomer";

/** A report sent to funders, frozen: the document as it was, its figures and the files' hashes. */
export interface FinalReport {
  id: number;
  kind: DocumentKind;
  rooms: string[];
  year: number;
  quarter: number | null;
  model: DocumentModel;
  /** Every number of the document's tables by a stable key (table · row · column). */
  figures: Figures;
  hashes: Record<string, string>;
  finalisedAt: string;
  finalisedBy: number | null;
}

/** What the document use cases need from storage (src/db/documents.repository.ts). */
export interface DocumentsRepository {
  rooms(ids: readonly string[]): Promise<RoomInfo[]>;
  getSetting(key: string): Promise<unknown | null>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Coordinator stories; quarter 0 is the annual story. */
  stories(
    rooms: readonly string[],
    year: number,
    quarter: number,
  ): Promise<{ roomId: string; text: string }[]>;
  saveStory(row: {
    roomId: string;
    year: number;
    quarter: number;
    text: string;
    userId: number | null;
  }): Promise<void>;
  /** Approved hours per room in the period, by kind. */
  hoursByRoom(
    rooms: readonly string[],
    from: string,
    to: string,
  ): Promise<{ roomId: string; volunteer: number; staffUnpaid: number }[]>;
  /** Distinct named participants (a visit in the rooms in the period) per value of one attribute. */
  participantsBy(
    attribute: BreakdownAttribute,
    rooms: readonly string[],
    from: string,
    to: string,
  ): Promise<{ value: string | null; participants: number }[]>;
  insertFinal(row: Omit<FinalReport, "id" | "finalisedAt">, at: string): Promise<number>;
  getFinal(id: number): Promise<FinalReport | null>;
  /** Final reports of a year whose rooms overlap the given ones (all rooms when null). */
  listFinals(year: number | null, rooms: readonly string[] | null): Promise<FinalReport[]>;
}

/**
 * Extra sections other contexts add at the end of a document (planning: the learning plan in the
 * annual report). A provider returns no blocks for documents it has nothing for.
 */
export type SectionProvider = (input: {
  kind: DocumentKind;
  year: number;
  rooms: { id: string; name: string }[];
}) => Promise<Block[]>;

export interface DocumentDeps {
  documents: DocumentsRepository;
  indicators: IndicatorsRepository;
  finance: FinanceRepository;
  now: () => Date;
  sections?: SectionProvider[];
}
