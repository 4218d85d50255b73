import { partnersRepository } from "../../db/partners.repository";
import { referralsRepository } from "../../db/referrals.repository";
import { roomsRepository } from "../../db/rooms.repository";
import { canSeeRoom } from "../../domain/auth/roles";
import { getPartner } from "../../domain/partners/get-partner";
import { listPartners } from "../../domain/partners/list-partners";
import { savePartner } from "../../domain/partners/save-partner";
import { createReferral } from "../../domain/referrals/create-referral";
import { getReferral } from "../../domain/referrals/get-referral";
import { getReferralNote } from "../../domain/referrals/get-referral-note";
import { getReferralOverview } from "../../domain/referrals/get-referral-overview";
import { listFollowUp } from "../../domain/referrals/list-follow-up";
import { listHelpQuestions } from "../../domain/referrals/list-help-questions";
import { listReferrals } from "../../domain/referrals/list-referrals";
import { recordOutcome } from "../../domain/referrals/record-outcome";
import { ReferralErrors } from "../../domain/referrals/referrals.errors";
import { updateReferral } from "../../domain/referrals/update-referral";
import { CommonErrors } from "../../domain/shared/errors";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const referrals = (deps: AppDeps) => ({ referrals: referralsRepository(deps.db), now: deps.now });
const partners = (deps: AppDeps) => ({ partners: partnersRepository(deps.db) });

function idParam(value: string | undefined, notFound: () => Error): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw notFound();
  return n;
}
const referralId = (params: Record<string, string>) =>
  idParam(params.referralId, () => ReferralErrors.NotFound());

const text = z.string().max(1000);
const partnerBody = z.object({
  name: z.string().max(200),
  type: text.nullish(),
  contactName: text.nullish(),
  contactPhone: text.nullish(),
  standingAgreement: z.boolean().optional(),
  rooms: z.array(z.string().max(60)).max(100).optional(),
});
const createBody = z.object({
  direction: z.enum(["in", "out"]),
  partnerId: z.number().int().positive().nullish(),
  date: z.string().max(20).optional(),
  personId: z.number().int().positive().nullish(),
  helpQuestionId: z.number().int().positive().nullish(),
  lifeDomains: z.array(z.string().max(40)).max(8).optional(),
  warm: z.boolean().optional(),
  consentToShare: z.boolean().optional(),
  followUpDate: z.string().max(20).nullish(),
  appointment: text.nullish(),
  accompaniedBy: text.nullish(),
});
const updateBody = createBody
  .pick({ personId: true, lifeDomains: true, warm: true, consentToShare: true, followUpDate: true })
  .extend({ appointment: text.nullish(), accompaniedBy: text.nullish() });
const outcomeBody = z.object({
  outcome: z.enum(["connected", "not_connected"]),
  date: z.string().max(20).optional(),
  reason: z.string().max(40).nullish(),
  note: text.nullish(),
});
const listQuery = z.object({
  direction: z.enum(["in", "out"]).optional(),
  status: z.enum(["pending", "connected", "not_connected"]).optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
});
const periodQuery = z.object({ from: z.string().max(20).optional(), to: z.string().max(20).optional() });

export const referralsRoutes = [
  defineRoute({
    method: "get",
    path: "/api/partners",
    summary: "Alle partners (organisaties) met de kamers die met hen werken",
    roles: ["desk", ...STAFF],
    handler: async ({ deps, actor }) => ({ partners: await listPartners(partners(deps), actor!) }),
  }),
  defineRoute({
    method: "post",
    path: "/api/partners",
    summary: "Een partner toevoegen",
    roles: STAFF,
    body: partnerBody,
    status: 201,
    handler: async ({ deps, actor, body }) =>
      deps.db.tx((q) => savePartner({ partners: partnersRepository(q) }, actor!, undefined, body)),
  }),
  defineRoute({
    method: "get",
    path: "/api/partners/:partnerId",
    ids: { "path.partnerId": "partner" },
    summary: "Een partner",
    roles: STAFF,
    handler: async ({ deps, params }) =>
      getPartner(
        partners(deps),
        idParam(params.partnerId, () => CommonErrors.NotFound()),
      ),
  }),
  defineRoute({
    method: "put",
    path: "/api/partners/:partnerId",
    ids: { "path.partnerId": "partner" },
    summary: "Een partner wijzigen",
    roles: STAFF,
    body: partnerBody,
    handler: async ({ deps, actor, params, body }) => {
      const id = idParam(params.partnerId, () => CommonErrors.NotFound());
      return deps.db.tx((q) => savePartner({ partners: partnersRepository(q) }, actor!, id, body));
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/referral-overview",
    summary: "Verwijzingen per kamer en partner over alle kamers van deze gebruiker",
    roles: STAFF,
    query: periodQuery,
    handler: async ({ deps, actor, query }) => {
      const all = await roomsRepository(deps.db).listRooms("all");
      const rooms = all.filter((r) => canSeeRoom(actor!, r.id)).map((r) => r.id);
      return getReferralOverview(referrals(deps), rooms, query);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referral-overview",
    summary: "Verwijzingen van een kamer: in/uit, % gelukt, dagen tot contact, redenen, per partner",
    roles: [...STAFF, "board"],
    query: periodQuery,
    handler: async ({ deps, params, query }) => getReferralOverview(referrals(deps), [params.roomId], query),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referrals/follow-up",
    summary: "Verwijzingen die nog open staan na de datum om na te vragen",
    roles: STAFF,
    handler: async ({ deps, params }) => ({
      referrals: await listFollowUp(referrals(deps), [params.roomId]),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referrals/help-questions",
    summary: "Recente hulpvragen om een verwijzing mee te beginnen (zonder notitie)",
    roles: ["desk", ...STAFF],
    handler: async ({ deps, params }) => ({
      helpQuestions: await listHelpQuestions(referrals(deps), params.roomId),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referrals",
    ids: { "query.partnerId": "partner" },
    summary: "Verwijzingen van een kamer, nieuwste eerst",
    roles: STAFF,
    query: listQuery,
    handler: async ({ deps, params, query }) => ({
      referrals: await listReferrals(referrals(deps), params.roomId, query),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/referrals",
    ids: { "body.partnerId": "partner", "body.personId": "person", "body.helpQuestionId": "helpQuestion" },
    summary: "Een verwijzing vastleggen (eventueel vanuit een hulpvraag)",
    roles: ["desk", ...STAFF],
    body: createBody,
    status: 201,
    handler: async ({ deps, actor, params, body }) =>
      createReferral(referrals(deps), actor, params.roomId, body),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referrals/:referralId",
    ids: { "path.referralId": "referral" },
    summary: "Een verwijzing",
    roles: STAFF,
    handler: async ({ deps, params }) => getReferral(referrals(deps), params.roomId, referralId(params)),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/referrals/:referralId",
    ids: { "path.referralId": "referral", "body.personId": "person" },
    summary: "Gegevens van een lopende verwijzing wijzigen",
    roles: STAFF,
    body: updateBody,
    handler: async ({ deps, params, body }) => {
      await updateReferral(referrals(deps), params.roomId, referralId(params), body);
      return getReferral(referrals(deps), params.roomId, referralId(params));
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/referrals/:referralId/outcome",
    ids: { "path.referralId": "referral" },
    summary: "De uitkomst vastleggen: gelukt of niet gelukt (met reden)",
    roles: STAFF,
    body: outcomeBody,
    handler: async ({ deps, params, body }) => {
      await recordOutcome(referrals(deps), params.roomId, referralId(params), body);
      return getReferral(referrals(deps), params.roomId, referralId(params));
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/referrals/:referralId/note",
    ids: { "path.referralId": "referral" },
    summary: "De verwijsbrief voor de bewoner (alleen met toestemming; wordt gelogd)",
    roles: STAFF,
    handler: async ({ deps, actor, params }) =>
      getReferralNote(referrals(deps), actor!, params.roomId, referralId(params)),
  }),
];
