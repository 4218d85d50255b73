import { indicatorsRepository } from "../../db/indicators.repository";
import type { Actor } from "../../domain/auth/roles";
import { clearTarget } from "../../domain/indicators/clear-target";
import { computeIndicators } from "../../domain/indicators/compute-indicators";
import { getDashboard } from "../../domain/indicators/dashboard";
import { getGrowth } from "../../domain/indicators/get-growth";
import { getRoomTargets } from "../../domain/indicators/get-room-targets";
import { indicatorRooms, parseRoomList } from "../../domain/indicators/indicator-rooms";
import { resolvePeriod } from "../../domain/indicators/period";
import { setTarget } from "../../domain/indicators/set-target";
import {
  checkOutsidePeriod,
  readsFromOutside,
  suppressIndicatorReport,
} from "../../domain/indicators/small-cells";
import { todayInAmsterdam } from "../../domain/shared/dates";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const YEAR = z.string().regex(/^\d{4}$/, "jaartal van vier cijfers");
const periodQuery = z.object({
  rooms: z.string().optional(),
  year: YEAR.optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
const yearQuery = z.object({ year: YEAR.optional() });

const repo = (deps: AppDeps) => indicatorsRepository(deps.db);
const yearOr = (deps: AppDeps, year?: string) => Number(year ?? todayInAmsterdam(deps.now()).slice(0, 4));
const roomsFor = (deps: AppDeps, actor: Actor, rooms?: string) =>
  indicatorRooms({ indicators: repo(deps) }, actor, parseRoomList(rooms ?? "all"));

export const indicatorsRoutes = [
  defineRoute({
    method: "get",
    path: "/api/indicators",
    summary: "De prestatie-indicatoren van een of meer kamers (report indicators als JSON)",
    roles: ["coordinator", "cooperative", "board", "funder"],
    query: periodQuery,
    handler: async ({ deps, actor, query }) => {
      const period = resolvePeriod(query.year || query.from || query.to ? query : { year: yearOr(deps) });
      // Funders and boards: whole quarters, refused (never widened) otherwise; small cells hidden.
      const outside = readsFromOutside(actor);
      const rooms = await roomsFor(deps, actor!, query.rooms);
      if (outside) checkOutsidePeriod(period.from, period.to, todayInAmsterdam(deps.now()));
      // growth.* (the ladder by stage) for the operator's roles; outside readers get the dashboard's.
      const report = await computeIndicators(
        { indicators: repo(deps) },
        { rooms, ...period, growth: !outside },
      );
      return outside ? suppressIndicatorReport(report) : report;
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/dashboard",
    summary: "Dashboard over meerdere kamers: maandreeks, prognose en groeiladder",
    roles: STAFF,
    query: periodQuery.pick({ rooms: true, year: true }),
    handler: async ({ deps, actor, query }) => {
      const rooms = await roomsFor(deps, actor!, query.rooms);
      return getDashboard(
        { indicators: repo(deps), now: deps.now },
        { rooms, year: yearOr(deps, query.year) },
      );
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/dashboard",
    summary: "Dashboard van een kamer: maandreeks, prognose en groeiladder",
    roles: ["coordinator", "cooperative", "board"],
    query: yearQuery,
    handler: async ({ deps, actor, params, query }) =>
      getDashboard(
        { indicators: repo(deps), now: deps.now },
        { rooms: [params.roomId], year: yearOr(deps, query.year), outside: readsFromOutside(actor) },
      ),
  }),
  defineRoute({
    method: "get",
    path: "/api/dashboard/growth",
    summary: "Groei op de ladder over meerdere kamers: elke trede, nieuw en terugkerend, verloop",
    roles: STAFF,
    query: periodQuery.pick({ rooms: true, year: true }),
    handler: async ({ deps, actor, query }) => {
      const rooms = await roomsFor(deps, actor!, query.rooms);
      return getGrowth(
        { indicators: repo(deps), now: deps.now },
        { rooms, year: yearOr(deps, query.year), outside: readsFromOutside(actor) },
      );
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/dashboard/growth",
    summary: "Groei op de ladder in een kamer: elke trede, nieuw en terugkerend, verloop",
    roles: ["coordinator", "cooperative", "board"],
    query: yearQuery,
    handler: async ({ deps, actor, params, query }) =>
      getGrowth(
        { indicators: repo(deps), now: deps.now },
        { rooms: [params.roomId], year: yearOr(deps, query.year), outside: readsFromOutside(actor) },
      ),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/targets",
    summary: "De streefcijfers van een kamer voor een jaar: voorinstelling en eigen afspraak",
    roles: ["coordinator", "cooperative", "board"],
    query: yearQuery,
    handler: async ({ deps, params, query }) =>
      getRoomTargets({ indicators: repo(deps) }, { roomId: params.roomId, year: yearOr(deps, query.year) }),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/targets/:indicator",
    summary: "Een eigen streefcijfer zetten (getal, 'too_early' of null voor geen)",
    roles: STAFF,
    body: z.object({
      year: z.number().int(),
      target: z.union([z.number(), z.literal("too_early"), z.null()]),
      of: z.number().nullable().optional(),
    }),
    handler: async ({ deps, actor, params, body }) =>
      setTarget({ indicators: repo(deps) }, actor!, {
        roomId: params.roomId,
        indicator: params.indicator,
        ...body,
      }),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/targets/:indicator",
    summary: "Een eigen streefcijfer weghalen: de voorinstelling geldt weer",
    roles: STAFF,
    query: z.object({ year: YEAR }),
    handler: async ({ deps, actor, params, query }) => ({
      removed: await clearTarget({ indicators: repo(deps) }, actor!, {
        roomId: params.roomId,
        indicator: params.indicator,
        year: Number(query.year),
      }),
    }),
  }),
];
