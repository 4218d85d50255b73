import type { Role } from "../../domain/auth/roles";
import { anonymiseInactive } from "../../domain/privacy/anonymise-inactive";
import { erasePerson } from "../../domain/privacy/erase-person";
import { exportPerson } from "../../domain/privacy/export-person";
import { listNoteReads } from "../../domain/privacy/list-note-reads";
import { personExportHtml } from "../../domain/privacy/person-export-html";
import { readHelpNote } from "../../domain/privacy/read-help-note";
import { setRetention } from "../../domain/privacy/set-retention";
import { defineRoute, STAFF, z } from "../route";
import { id, peopleDeps } from "./people.schema";

/** Help-question notes: coordinators only (DOMAIN.md §8). */
const COORDINATOR: readonly Role[] = ["coordinator"];
const COOPERATIVE: readonly Role[] = ["cooperative"];

export const privacyRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/people/:personId/export",
    ids: { "path.personId": "personRecord" },
    summary: "Alles over een persoon: JSON, of een leesbare pagina met format=html",
    roles: STAFF,
    query: z.object({ format: z.enum(["json", "html"]).optional() }),
    handler: async ({ deps, actor, params, query }) => {
      const personId = id.parse(params.personId);
      const exp = await exportPerson(peopleDeps(deps), params.roomId, { personId, userId: actor!.userId });
      if (query.format === "html") {
        return new Response(personExportHtml(exp), {
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-disposition": `inline; filename="persoon-${personId}.html"`,
          },
        });
      }
      return new Response(JSON.stringify(exp, null, 2), {
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-disposition": `attachment; filename="persoon-${personId}.json"`,
        },
      });
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/people/:personId/erase",
    ids: { "path.personId": "personRecord" },
    summary: "Een persoon wissen (op verzoek of bij intrekken van toestemming)",
    roles: STAFF,
    body: z.object({ reason: z.enum(["request", "consent_withdrawn"]), confirm: z.literal(true) }),
    handler: ({ deps, actor, params, body }) =>
      erasePerson(peopleDeps(deps), params.roomId, {
        personId: id.parse(params.personId),
        reason: body.reason,
        userId: actor!.userId,
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/people/:personId/help-questions/:questionId/note",
    ids: { "path.personId": "personRecord", "path.questionId": "helpQuestion" },
    summary: "De tekst van een hulpvraag lezen (elke keer vastgelegd)",
    roles: COORDINATOR,
    handler: ({ deps, actor, params }) =>
      readHelpNote(peopleDeps(deps), params.roomId, {
        personId: id.parse(params.personId),
        questionId: id.parse(params.questionId),
        userId: actor!.userId,
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/privacy/retention",
    summary: "Bewaartermijn en wie bij de volgende dagelijkse ronde geanonimiseerd wordt",
    roles: COOPERATIVE,
    handler: ({ deps }) => anonymiseInactive(peopleDeps(deps), { now: deps.now(), preview: true }),
  }),
  defineRoute({
    method: "post",
    path: "/api/privacy/retention",
    summary: "Inactieve personen nu anonimiseren",
    roles: COOPERATIVE,
    body: z.object({ confirm: z.literal(true) }),
    handler: ({ deps }) => anonymiseInactive(peopleDeps(deps), { now: deps.now(), preview: false }),
  }),
  defineRoute({
    method: "put",
    path: "/api/privacy/retention",
    summary: "De bewaartermijn in dagen instellen",
    roles: COOPERATIVE,
    body: z.object({ days: z.number().int() }),
    handler: async ({ deps, body }) => {
      await setRetention(peopleDeps(deps), body.days);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/privacy/note-reads",
    summary: "Logboek: wie las wanneer de tekst van een hulpvraag van wie",
    roles: COOPERATIVE,
    handler: async ({ deps }) => ({ reads: await listNoteReads(peopleDeps(deps)) }),
  }),
];
