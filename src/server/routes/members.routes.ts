import { roomsRepository } from "../../db/rooms.repository";
import type { Role } from "../../domain/auth/roles";
import { listMembers } from "../../domain/members/list-members";
import { memberListXlsx } from "../../domain/members/member-list-xlsx";
import { setDues } from "../../domain/members/set-dues";
import { setMembership } from "../../domain/members/set-membership";
import { localeOf } from "../errors";
import { defineRoute, STAFF, z } from "../route";
import { id, peopleDeps, thisYear, year } from "./people.schema";

/** The association's board reads its own member list (its rooms), coordinators and the cooperative manage it. */
const READ: readonly Role[] = [...STAFF, "board"];

export const membersRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/members",
    summary: "Leden van de bewonersvereniging in een jaar, en betalende leden per jaar",
    roles: READ,
    query: z.object({ year: year.optional() }),
    handler: ({ deps, params, query }) =>
      listMembers(peopleDeps(deps), params.roomId, query.year ?? thisYear(deps)),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/members.xlsx",
    summary: "Ledenlijst voor het bestuur (Excel)",
    roles: READ,
    query: z.object({ year: year.optional() }),
    handler: async ({ deps, params, query, c }) => {
      const y = query.year ?? thisYear(deps);
      const [list, room] = await Promise.all([
        listMembers(peopleDeps(deps), params.roomId, y),
        roomsRepository(deps.db).getRoom(params.roomId),
      ]);
      const data = await memberListXlsx({
        roomName: room?.name ?? params.roomId,
        year: y,
        members: list.members,
        locale: localeOf(c),
      });
      return new Response(new Uint8Array(data), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="leden-${params.roomId}-${y}.xlsx"`,
        },
      });
    },
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/members",
    ids: { "body.personId": "person" },
    summary: "Lidmaatschap van een persoon voor een jaar vastleggen (betaald of niet)",
    roles: STAFF,
    body: z.object({ personId: id, year, paid: z.boolean(), amount: z.number().min(0).max(1000).nullish() }),
    handler: async ({ deps, params, body }) => ({
      id: await setMembership(peopleDeps(deps), params.roomId, body),
    }),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/members/dues",
    summary: "De jaarlijkse contributie van de bewonersvereniging",
    roles: STAFF,
    body: z.object({ amount: z.number().min(0).max(1000) }),
    handler: async ({ deps, params, body }) => {
      await setDues(peopleDeps(deps), params.roomId, body.amount);
      return { ok: true };
    },
  }),
];
