import type { DocumentModel } from "../domain/documents/model";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { renderXlsx } from "./render-xlsx";

export const FORMATS = ["docx", "pdf", "xlsx"] as const;
export type DocumentFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function isFormat(v: string): v is DocumentFormat {
  return (FORMATS as readonly string[]).includes(v);
}

/** Renders a document model to a file in one format. */
export function renderDocument(doc: DocumentModel, format: DocumentFormat): Promise<Buffer> {
  switch (format) {
    case "docx":
      return renderDocx(doc);
    case "pdf":
      return renderPdf(doc);
    case "xlsx":
      return renderXlsx(doc);
  }
}

/** A file name without spaces: samenwerkingsafspraak-2021-cjm-multibron.docx. */
export function fileName(doc: DocumentModel, format: DocumentFormat): string {
  const kind = {
    agreement: "samenwerkingsafspraak",
    quarterly: `kwartaalrapportage-k${doc.quarter}`,
    annual: "jaarrapportage",
  }[doc.kind];
  const rooms = doc.rooms.length > 4 ? `${doc.rooms.length}-kamers` : doc.rooms.join("-");
  return `${kind}-${doc.year}-${rooms}${doc.finalLabel ? "-definitief" : ""}.${format}`.replace(
    /[^A-Za-z0-9.-]/g,
    "_",
  );
}
