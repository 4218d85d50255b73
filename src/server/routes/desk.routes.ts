import { deskRepository } from "../../db/desk.repository";
import type { Role } from "../../domain/auth/roles";
import { addHelpQuestion } from "../../domain/desk/add-help-question";
import { addPersonDetails } from "../../domain/desk/add-person-details";
import { correctHours } from "../../domain/desk/correct-hours";
import type { DeskDeps } from "../../domain/desk/deps";
import { getCallList } from "../../domain/desk/get-call-list";
import { getSignInSheet } from "../../domain/desk/get-sign-in-sheet";
import { getToday } from "../../domain/desk/get-today";
import { listHelpQuestions } from "../../domain/desk/list-help-questions";
import { listHours } from "../../domain/desk/list-hours";
import { listVolunteers } from "../../domain/desk/list-volunteers";
import { logHours } from "../../domain/desk/log-hours";
import { readHelpNote } from "../../domain/desk/read-help-note";
import { recordCall } from "../../domain/desk/record-call";
import { registerJob } from "../../domain/desk/register-job";
import { registerPerson } from "../../domain/desk/register-person";
import { registerVisit } from "../../domain/desk/register-visit";
import { reviewHours } from "../../domain/desk/review-hours";
import { CALL_OUTCOMES, LIFE_DOMAINS } from "../../domain/desk/rules";
import { searchPeople } from "../../domain/desk/search-people";
import { undoVisit } from "../../domain/desk/undo-visit";
import { parseDate } from "../../domain/shared/dates";
import type { AppDeps } from "../deps";
import { defineRoute, z } from "../route";

/** Who registers: the room's desk device, and coordinators (and the cooperative) too. */
const REGISTER: readonly Role[] = ["desk", "coordinator", "cooperative"];
/** Notes, phone numbers and approvals: coordinators only (DOMAIN.md §8). */
const COORDINATOR: readonly Role[] = ["coordinator"];

const deskDeps = (deps: AppDeps): DeskDeps => ({ desk: deskRepository(deps.db), now: deps.now });

const key = z.string().regex(/^[A-Za-z0-9_-]{8,80}$/, "ongeldige sleutel");
const date = z.string().refine((s) => parseDate(s) === s, "datum als jjjj-mm-dd");
const id = z.coerce.number().int().positive();
const hours = z.number().min(0).max(24);
const text = (max: number) => z.string().max(max).nullish();

const visitBody = z.object({
  key,
  activityId: id,
  personId: id.nullish(),
  count: z.number().int().min(1).max(200).optional(),
  firstTime: z.boolean().optional(),
  date: date.optional(),
});

const personBody = z.object({
  key,
  date: date.optional(),
  firstName: z.string().max(100),
  consent: z.boolean(),
  street: text(200),
  phone: text(40),
  newcomer: z.boolean().optional(),
  referredBy: text(200),
  landlord: text(200),
  wantsMembership: z.boolean().optional(),
  child: z.boolean().optional(),
  guardianName: text(200),
  guardianConsent: z.boolean().optional(),
  notDuplicate: z.boolean().optional(),
  /** Register the new visitor at this activity straight away. */
  activityId: id.optional(),
});

const jobBody = z.object({
  key,
  date: date.optional(),
  activityId: id,
  kind: z.string().max(100),
  personId: id.nullish(),
  volunteers: z
    .array(z.object({ personId: id, hours }))
    .max(20)
    .default([]),
  count: z.number().int().min(1).max(50).optional(),
  note: text(500),
});

export const deskRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/desk/today",
    summary: "Vandaag: de activiteiten van de kamer met de telling van de dag",
    roles: REGISTER,
    query: z.object({ date: date.optional() }),
    handler: ({ deps, actor, params, query }) =>
      getToday(deskDeps(deps), actor!, { roomId: params.roomId, date: query.date }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/desk/people",
    ids: { "query.activityId": "activity" },
    summary: "Bezoekers om aan te tikken (alleen voornaam en straat)",
    roles: REGISTER,
    query: z.object({ activityId: id.optional(), q: z.string().max(60).optional(), date: date.optional() }),
    handler: async ({ deps, actor, params, query }) => ({
      people: await searchPeople(deskDeps(deps), actor!, { roomId: params.roomId, ...query }),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/visits",
    ids: { "body.activityId": "activity", "body.personId": "person" },
    summary: "Een bezoek of anonieme telling registreren (idempotent op key)",
    roles: REGISTER,
    body: visitBody,
    status: 201,
    handler: ({ deps, actor, params, body }) =>
      registerVisit(deskDeps(deps), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/desk/visits/:visitId",
    ids: { "path.visitId": "visit" },
    summary: "Een registratie van vandaag ongedaan maken (alleen de eigen)",
    roles: REGISTER,
    handler: ({ deps, actor, params }) =>
      undoVisit(deskDeps(deps), actor!, { roomId: params.roomId, visitId: id.parse(params.visitId) }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/people",
    ids: { "body.activityId": "activity" },
    summary: "Een nieuwe bezoeker inschrijven",
    roles: REGISTER,
    body: personBody,
    status: 201,
    handler: async ({ deps, actor, params, body }) => {
      const { visit, ...person } = await registerPerson(deskDeps(deps), actor!, {
        roomId: params.roomId,
        ...body,
      });
      return { person, visit: visit ?? null };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/people/:personId/details",
    ids: { "path.personId": "person" },
    summary: "Telefoon of wens om lid te worden toevoegen (alleen schrijven)",
    roles: REGISTER,
    body: z.object({ phone: z.string().max(40).optional(), wantsMembership: z.boolean().optional() }),
    handler: ({ deps, params, body }) =>
      addPersonDetails(deskDeps(deps), {
        roomId: params.roomId,
        personId: id.parse(params.personId),
        ...body,
      }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/jobs",
    ids: { "body.activityId": "activity", "body.personId": "person", "body.volunteers[].personId": "person" },
    summary: "Een klus registreren (geteld in klussen) met de uren van de vrijwilligers",
    roles: REGISTER,
    body: jobBody,
    status: 201,
    handler: ({ deps, actor, params, body }) =>
      registerJob(deskDeps(deps), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/desk/volunteers",
    summary: "Vrijwilligers van de kamer (alleen voornaam en straat)",
    roles: REGISTER,
    handler: async ({ deps, params }) => ({
      volunteers: await listVolunteers(deskDeps(deps), { roomId: params.roomId }),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/desk/hours",
    summary: "Uren: aan de balie van vandaag en gisteren, voor de coördinator alles wat wacht",
    roles: REGISTER,
    handler: async ({ deps, actor, params }) => ({
      hours: await listHours(deskDeps(deps), actor!, { roomId: params.roomId }),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/hours",
    ids: { "body.personId": "person" },
    summary: "Eigen vrijwilligersuren van vandaag of gisteren schrijven (elke keer een nieuwe regel)",
    roles: REGISTER,
    body: z.object({ key, personId: id, date: date.optional(), hours, activity: text(100) }),
    status: 201,
    handler: ({ deps, actor, params, body }) =>
      logHours(deskDeps(deps), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/desk/hours/:hoursId",
    ids: { "path.hoursId": "hours" },
    summary: "Een regel uren van vandaag of gisteren verbeteren (zolang die wacht)",
    roles: REGISTER,
    body: z.object({ hours }),
    handler: ({ deps, params, body }) =>
      correctHours(deskDeps(deps), { roomId: params.roomId, hoursId: id.parse(params.hoursId), ...body }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/hours/:hoursId",
    ids: { "path.hoursId": "hours" },
    summary: "Uren goedkeuren, verbeteren of afwijzen",
    roles: COORDINATOR,
    body: z.object({ status: z.enum(["approved", "rejected"]), hours: hours.optional() }),
    handler: ({ deps, params, body }) =>
      reviewHours(deskDeps(deps), { roomId: params.roomId, hoursId: id.parse(params.hoursId), ...body }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/desk/help-questions",
    ids: { "body.personId": "person" },
    summary: "Een hulpvraag noteren (de balie kan de tekst niet teruglezen)",
    roles: REGISTER,
    body: z.object({ personId: id, domains: z.array(z.enum(LIFE_DOMAINS)).max(8), note: text(2000) }),
    status: 201,
    handler: ({ deps, actor, params, body }) =>
      addHelpQuestion(deskDeps(deps), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/help-questions",
    summary: "Hulpvragen van de kamer, zonder tekst",
    roles: COORDINATOR,
    handler: async ({ deps, params }) => ({
      helpQuestions: await listHelpQuestions(deskDeps(deps), { roomId: params.roomId }),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/help-questions/:helpQuestionId/note",
    ids: { "path.helpQuestionId": "helpQuestion" },
    summary: "De tekst van een hulpvraag lezen (elke keer vastgelegd in het logboek)",
    roles: COORDINATOR,
    handler: ({ deps, actor, params }) =>
      readHelpNote(deskDeps(deps), actor!, {
        roomId: params.roomId,
        helpQuestionId: id.parse(params.helpQuestionId),
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/call-list",
    summary: "Belronde: vaste bezoekers die drie weken niet kwamen",
    roles: COORDINATOR,
    handler: async ({ deps, params }) => ({
      people: await getCallList(deskDeps(deps), { roomId: params.roomId }),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/call-list",
    ids: { "body.personId": "person" },
    summary: "De uitkomst van een belletje vastleggen",
    roles: COORDINATOR,
    body: z.object({ personId: id, outcome: z.enum(CALL_OUTCOMES), note: text(500) }),
    status: 201,
    handler: ({ deps, actor, params, body }) =>
      recordCall(deskDeps(deps), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/desk/sign-in-sheet",
    ids: { "query.activityId": "activity" },
    summary: "Papieren intekenlijst van een activiteit",
    roles: REGISTER,
    query: z.object({ activityId: id, date }),
    handler: ({ deps, actor, params, query }) =>
      getSignInSheet(deskDeps(deps), actor!, { roomId: params.roomId, ...query }),
  }),
];
