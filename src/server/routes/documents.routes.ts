import { documentDeps } from "../../db/document-deps";
import { getDocumentSettings, saveDocumentSettings } from "../../domain/documents/document-settings";
import { DocumentErrors } from "../../domain/documents/documents.errors";
import { finaliseReport, sha256 } from "../../domain/documents/finalise-report";
import { checkKind, documentRooms, generateDocument } from "../../domain/documents/generate-document";
import { getFinalReport } from "../../domain/documents/get-final-report";
import { listReportChanges } from "../../domain/documents/list-report-changes";
import { saveStory } from "../../domain/documents/save-story";
import { parseRoomList } from "../../domain/indicators/indicator-rooms";
import { todayInAmsterdam } from "../../domain/shared/dates";
import { CONTENT_TYPES, fileName, isFormat, renderDocument } from "../../reports/render";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const READERS = ["coordinator", "cooperative", "board", "funder"] as const;
const year = z.string().regex(/^\d{4}$/, "jaartal van vier cijfers");
const documentQuery = z.object({
  kind: z.string(),
  rooms: z.string().optional(),
  year: year.optional(),
  quarter: z
    .string()
    .regex(/^[1-4]$/, "kwartaal 1, 2, 3 of 4")
    .optional(),
  format: z.string().optional(),
});
const documentBody = z.object({
  kind: z.enum(["agreement", "quarterly", "annual"]),
  rooms: z.union([z.array(z.string()).min(1), z.literal("all")]),
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
});

const deps = (d: AppDeps) => documentDeps(d.db, d.now);
const thisYear = (d: AppDeps) => Number(todayInAmsterdam(d.now()).slice(0, 4));

function fileResponse(
  body: Buffer,
  format: "docx" | "pdf" | "xlsx",
  name: string,
  extra: Record<string, string> = {},
) {
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      ...extra,
    },
  });
}

function requestOf(d: AppDeps, q: z.infer<typeof documentQuery>) {
  return {
    kind: checkKind(q.kind),
    rooms: parseRoomList(q.rooms ?? "all"),
    year: Number(q.year ?? thisYear(d)),
    quarter: q.quarter ? Number(q.quarter) : null,
  };
}

export const documentsRoutes = [
  defineRoute({
    method: "get",
    path: "/api/reports/document",
    summary: "Een samenwerkingsafspraak, kwartaal- of jaarrapportage als DOCX, PDF of XLSX",
    roles: READERS,
    query: documentQuery,
    handler: async ({ deps: d, actor, query }) => {
      const format = query.format ?? "pdf";
      if (!isFormat(format)) throw DocumentErrors.BadFormat({ format });
      const doc = await generateDocument(deps(d), actor, requestOf(d, query));
      return fileResponse(await renderDocument(doc, format), format, fileName(doc, format));
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/reports/preview",
    summary: "Hetzelfde document als gegevens (koppen, teksten en tabellen) om op het scherm te tonen",
    roles: READERS,
    query: documentQuery,
    handler: async ({ deps: d, actor, query }) => generateDocument(deps(d), actor, requestOf(d, query)),
  }),
  defineRoute({
    method: "post",
    path: "/api/reports/finals",
    summary:
      "Een rapportage definitief maken (verzonden aan financiers): vastgelegd en later gelijk te herhalen",
    roles: STAFF,
    body: documentBody,
    status: 201,
    handler: async ({ deps: d, actor, body }) =>
      finaliseReport({ ...deps(d), render: renderDocument }, actor, {
        ...body,
        quarter: body.kind === "quarterly" ? (body.quarter ?? null) : null,
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/reports/finals",
    summary: "De definitieve rapportages van een jaar over de kamers die de gebruiker mag zien",
    roles: READERS,
    query: z.object({ rooms: z.string().optional(), year: year.optional() }),
    handler: async ({ deps: d, actor, query }) => {
      const x = deps(d);
      const visible = new Set(await documentRooms(x, actor, "all"));
      const rooms = await documentRooms(x, actor, parseRoomList(query.rooms ?? "all"));
      const finals = await x.documents.listFinals(query.year ? Number(query.year) : null, rooms);
      return {
        finals: finals
          .filter((f) => f.rooms.every((r) => visible.has(r)))
          .map((f) => ({
            id: f.id,
            kind: f.kind,
            rooms: f.rooms,
            year: f.year,
            quarter: f.quarter,
            title: f.model.title,
            finalisedAt: f.finalisedAt,
            hashes: f.hashes,
          })),
      };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/reports/finals/:id/file",
    // id: a stored document; the use case checks its rooms against the account.
    ids: { "path.id": "unscoped" },
    summary: "Een definitieve rapportage opnieuw gemaakt uit wat is vastgelegd (bytes gelijk aan toen)",
    roles: READERS,
    query: z.object({ format: z.string().optional() }),
    handler: async ({ deps: d, actor, params, query }) => {
      const format = query.format ?? "pdf";
      if (!isFormat(format)) throw DocumentErrors.BadFormat({ format });
      const id = Number(params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw DocumentErrors.FinalNotFound();
      const final = await getFinalReport(deps(d), actor, id);
      const body = await renderDocument(final.model, format);
      return fileResponse(body, format, fileName(final.model, format), {
        "x-buurtboek-identical": sha256(body) === final.hashes[format] ? "yes" : "no",
      });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/reports/changes",
    summary: "Definitieve rapportages waarvan de cijfers sindsdien veranderd zijn, met het verschil",
    roles: STAFF,
    query: z.object({ rooms: z.string().optional(), year: year.optional() }),
    handler: async ({ deps: d, actor, query }) => ({
      reports: await listReportChanges(deps(d), actor, {
        rooms: parseRoomList(query.rooms ?? "all"),
        year: query.year ? Number(query.year) : null,
      }),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/stories",
    summary: "Het verhaal van de teamcoördinator voor een jaar (kwartaal 0) of kwartaal",
    roles: STAFF,
    query: z.object({
      year: year.optional(),
      quarter: z
        .string()
        .regex(/^[0-4]$/)
        .optional(),
    }),
    handler: async ({ deps: d, params, query }) => {
      const y = Number(query.year ?? thisYear(d));
      const q = Number(query.quarter ?? 0);
      const rows = await deps(d).documents.stories([params.roomId], y, q);
      return { room: params.roomId, year: y, quarter: q, text: rows[0]?.text ?? "" };
    },
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/stories",
    summary: "Het verhaal van de teamcoördinator opslaan",
    roles: STAFF,
    body: z.object({ year: z.number().int(), quarter: z.number().int().min(0).max(4), text: z.string() }),
    handler: async ({ deps: d, actor, params, body }) => {
      await saveStory(deps(d), { roomId: params.roomId, ...body, userId: actor?.userId ?? null });
      return { saved: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/documents/settings",
    summary: "Naam, logo en standaardteksten van de coöperatie voor de documenten",
    roles: STAFF,
    handler: async ({ deps: d }) => getDocumentSettings(deps(d)),
  }),
  defineRoute({
    method: "put",
    path: "/api/documents/settings",
    summary: "Naam, logo en standaardteksten van de coöperatie wijzigen",
    roles: ["cooperative"],
    body: z.object({
      name: z.string().max(200).optional(),
      logo: z.string().nullable().optional(),
      texts: z.record(z.string(), z.string().max(20_000)).optional(),
    }),
    handler: async ({ deps: d, body }) => saveDocumentSettings(deps(d), body),
  }),
];
