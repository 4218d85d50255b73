import { surveysRepository } from "../../db/surveys.repository";
import { todayInAmsterdam } from "../../domain/shared/dates";
import { listImpacts } from "../../domain/surveys/list-impacts";
import { recordImpact } from "../../domain/surveys/record-impact";
import { recordSurveyAnswers } from "../../domain/surveys/record-survey-answers";
import { submitDeskSurvey } from "../../domain/surveys/submit-desk-survey";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const answer = z.union([z.string().max(20), z.number(), z.boolean(), z.null()]);
const deps = (d: AppDeps) => ({ surveys: surveysRepository(d.db), now: d.now });

export const surveysRoutes = [
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/surveys",
    summary: "Ingevulde enquêtes van een kamer invoeren (anoniem), voor één datum",
    roles: STAFF,
    status: 201,
    body: z.object({
      date: z.string(),
      survey: z.string(),
      responses: z.array(z.record(z.string(), answer)).max(2000),
    }),
    handler: async ({ deps: d, actor, params, body }) =>
      recordSurveyAnswers(deps(d), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/surveys/desk",
    summary: "Eén anonieme enquête invullen op de tablet van de balie",
    roles: ["desk"],
    status: 201,
    body: z.object({ survey: z.string(), answers: z.record(z.string(), answer) }),
    handler: async ({ deps: d, actor, params, body }) =>
      submitDeskSurvey(deps(d), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/impacts",
    summary: "Uitkomst van een impactinterview vastleggen",
    roles: STAFF,
    status: 201,
    body: z.object({
      date: z.string(),
      kind: z.string(),
      value: z.union([z.number(), z.string().max(20)]),
      note: z.string().max(2000).nullable().optional(),
    }),
    handler: async ({ deps: d, actor, params, body }) =>
      recordImpact(deps(d), actor!, { roomId: params.roomId, ...body }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/impacts",
    summary: "De impactinterviews van een kamer in een jaar",
    roles: STAFF,
    query: z.object({
      year: z
        .string()
        .regex(/^\d{4}$/, "jaartal van vier cijfers")
        .optional(),
    }),
    handler: async ({ deps: d, actor, params, query }) => ({
      impacts: await listImpacts(deps(d), actor!, {
        roomId: params.roomId,
        year: Number(query.year ?? todayInAmsterdam(d.now()).slice(0, 4)),
      }),
    }),
  }),
];
