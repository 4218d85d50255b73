import type { Role } from "../../domain/auth/roles";
import { addGroup } from "../../domain/volunteers/add-group";
import { getHoursOverview } from "../../domain/volunteers/get-hours-overview";
import { hoursStatement } from "../../domain/volunteers/hours-statement";
import { joinGroup } from "../../domain/volunteers/join-group";
import { leaveGroup } from "../../domain/volunteers/leave-group";
import { listAllowances } from "../../domain/volunteers/list-allowances";
import { logHours } from "../../domain/volunteers/log-hours";
import { reviewHours } from "../../domain/volunteers/review-hours";
import { setAllowance } from "../../domain/volunteers/set-allowance";
import { setAllowanceLimit } from "../../domain/volunteers/set-allowance-limit";
import { defineRoute, STAFF, z } from "../route";
import { date, id, peopleDeps, thisYear, year } from "./people.schema";

const COOPERATIVE: readonly Role[] = ["cooperative"];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "maand als jjjj-mm");

export const volunteersRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/volunteers/groups",
    summary: "Vrijwilligersgroepen met hun leden",
    roles: STAFF,
    handler: async ({ deps, params }) => ({
      groups: await peopleDeps(deps).volunteers.listGroups(params.roomId),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/volunteers/groups",
    summary: "Een vrijwilligersgroep toevoegen",
    roles: STAFF,
    body: z.object({ name: z.string().trim().min(1).max(100) }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await addGroup(peopleDeps(deps), params.roomId, body.name),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/volunteers/groups/:groupId/members",
    ids: { "path.groupId": "group", "body.personId": "person" },
    summary: "Iemand bij een vrijwilligersgroep zetten",
    roles: STAFF,
    body: z.object({ personId: id, joined: date }),
    handler: async ({ deps, params, body }) => {
      await joinGroup(peopleDeps(deps), params.roomId, { groupId: id.parse(params.groupId), ...body });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/volunteers/groups/:groupId/members/:personId/leave",
    ids: { "path.groupId": "group", "path.personId": "personRecord" },
    summary: "Iemand verlaat een vrijwilligersgroep",
    roles: STAFF,
    body: z.object({ leftOn: date }),
    handler: async ({ deps, params, body }) => {
      await leaveGroup(peopleDeps(deps), params.roomId, {
        groupId: id.parse(params.groupId),
        personId: id.parse(params.personId),
        leftOn: body.leftOn,
      });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/volunteers/hours",
    summary: "Uren per vrijwilliger per maand, en uren die op goedkeuring wachten",
    roles: STAFF,
    query: z.object({ year: year.optional() }),
    handler: ({ deps, params, query }) =>
      getHoursOverview(peopleDeps(deps), params.roomId, query.year ?? thisYear(deps)),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/volunteers/hours",
    ids: { "body.personId": "person" },
    summary: "Uren schrijven (door de coördinator: meteen goedgekeurd)",
    roles: STAFF,
    body: z.object({
      personId: id,
      date,
      hours: z.number().gt(0).max(24),
      kind: z.enum(["volunteer", "staff_unpaid"]).optional(),
      activity: z.string().max(100).nullish(),
    }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await logHours(peopleDeps(deps), params.roomId, { ...body, approved: true }),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/volunteers/hours/review",
    ids: { "body.ids": "hours" },
    summary: "Uren goedkeuren of afwijzen",
    roles: STAFF,
    body: z.object({ ids: z.array(id).min(1).max(500), decision: z.enum(["approved", "rejected"]) }),
    handler: ({ deps, actor, params, body }) =>
      reviewHours(peopleDeps(deps), params.roomId, { ...body, userId: actor!.userId }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/people/:personId/hours-statement",
    ids: { "path.personId": "personRecord" },
    summary: "Jaaroverzicht van de uren van een vrijwilliger",
    roles: STAFF,
    query: z.object({ year: year.optional() }),
    handler: ({ deps, params, query }) =>
      hoursStatement(
        peopleDeps(deps),
        params.roomId,
        id.parse(params.personId),
        query.year ?? thisYear(deps),
      ),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/allowances",
    summary: "Vrijwilligersvergoedingen per maand, met waarschuwing boven het belastingvrije maximum",
    roles: STAFF,
    query: z.object({ year: year.optional() }),
    handler: ({ deps, params, query }) =>
      listAllowances(peopleDeps(deps), params.roomId, query.year ?? thisYear(deps)),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/allowances",
    ids: { "body.personId": "person" },
    summary: "De vrijwilligersvergoeding van een maand vastleggen",
    roles: STAFF,
    body: z.object({ personId: id, month, amount: z.number().min(0).max(10000) }),
    handler: ({ deps, params, body }) => setAllowance(peopleDeps(deps), params.roomId, body),
  }),
  defineRoute({
    method: "put",
    path: "/api/allowance-limits/:year",
    summary: "Het belastingvrije maximum voor vrijwilligersvergoedingen in een jaar (coöperatie)",
    roles: COOPERATIVE,
    body: z.object({ max: z.number().gt(0).max(100000) }),
    handler: async ({ deps, params, body }) => {
      await setAllowanceLimit(peopleDeps(deps), year.parse(params.year), body.max);
      return { ok: true };
    },
  }),
];
