import type { Role } from "../../domain/auth/roles";
import { addShift } from "../../domain/keys/add-shift";
import { getKeyRegister } from "../../domain/keys/get-key-register";
import { issueKey } from "../../domain/keys/issue-key";
import { removeShift } from "../../domain/keys/remove-shift";
import { returnKey } from "../../domain/keys/return-key";
import { todaysOpeners } from "../../domain/keys/todays-openers";
import { addDays, todayInAmsterdam } from "../../domain/shared/dates";
import { defineRoute, STAFF, z } from "../route";
import { date, id, peopleDeps } from "./people.schema";

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "tijd als uu:mm");

export const keysRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/keys",
    summary: "Sleutelregister: uitgiftes, wie nu een sleutel heeft, wie gestopt is met vrijwilligerswerk",
    roles: STAFF,
    handler: ({ deps, params }) => getKeyRegister(peopleDeps(deps), params.roomId),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/keys",
    ids: { "body.personId": "person" },
    summary: "Een sleutel uitgeven",
    roles: STAFF,
    body: z.object({ key: z.string().min(1).max(40), personId: id, issued: date }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await issueKey(peopleDeps(deps), params.roomId, body),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/keys/:keyId/return",
    ids: { "path.keyId": "key" },
    summary: "Een sleutel innemen",
    roles: STAFF,
    body: z.object({ returned: date }),
    handler: async ({ deps, params, body }) => {
      await returnKey(peopleDeps(deps), params.roomId, {
        id: id.parse(params.keyId),
        returned: body.returned,
      });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/rota",
    summary: "Openingsrooster: wie opent en sluit wanneer",
    roles: STAFF,
    query: z.object({ from: date.optional(), to: date.optional() }),
    handler: async ({ deps, params, query }) => {
      const from = query.from ?? todayInAmsterdam(deps.now());
      const to = query.to ?? addDays(from, 27);
      return { from, to, shifts: await peopleDeps(deps).keys.listRota(params.roomId, from, to) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/rota",
    ids: { "body.openerId": "person", "body.closerId": "person" },
    summary: "Een openingsdienst inroosteren",
    roles: STAFF,
    body: z.object({ date, opens: time, closes: time, openerId: id.nullable(), closerId: id.nullable() }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await addShift(peopleDeps(deps), params.roomId, body),
    }),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/rota/:shiftId",
    ids: { "path.shiftId": "shift" },
    summary: "Een openingsdienst schrappen",
    roles: STAFF,
    handler: async ({ deps, params }) => {
      await removeShift(peopleDeps(deps), params.roomId, id.parse(params.shiftId));
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/rota/today",
    summary: "Wie opent en sluit vandaag (voornamen; voor de balie)",
    roles: ["desk", ...STAFF] as readonly Role[],
    handler: ({ deps, params }) => todaysOpeners(peopleDeps(deps), params.roomId),
  }),
];
