import type { Role } from "../../domain/auth/roles";
import { addOutcome } from "../../domain/people/add-outcome";
import { addPlacement } from "../../domain/people/add-placement";
import { addStage } from "../../domain/people/add-stage";
import { createPerson } from "../../domain/people/create-person";
import { endPlacement } from "../../domain/people/end-placement";
import { endStage } from "../../domain/people/end-stage";
import { getPerson } from "../../domain/people/get-person";
import { LADDER_STAGES } from "../../domain/people/ladder";
import { listPeople } from "../../domain/people/list-people";
import { mergePeople } from "../../domain/people/merge-people";
import { PLACEMENT_TYPES } from "../../domain/people/ports";
import { updatePerson } from "../../domain/people/update-person";
import { defineRoute, STAFF, z } from "../route";
import { keysRoutes } from "./keys.routes";
import { membersRoutes } from "./members.routes";
import { date, id, peopleDeps, text, year } from "./people.schema";
import { privacyRoutes } from "./privacy.routes";
import { volunteersRoutes } from "./volunteers.routes";

const MANAGE: readonly Role[] = STAFF;
const yesNo = z.enum(["yes", "no"]).transform((v) => v === "yes");

const personFields = z.object({
  firstName: text(100),
  street: text(200),
  phone: text(40),
  email: text(200),
  newcomer: z.boolean().optional(),
  referredBy: text(200),
  landlord: text(200),
  talents: text(1000),
  wantsMembership: z.boolean().optional(),
  since: date.nullish(),
});

const clean = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export const peopleRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/people",
    summary: "Personen van de kamer, met zoeken en filters",
    roles: MANAGE,
    query: z.object({
      search: z.string().max(100).optional(),
      stage: z.enum(LADDER_STAGES).optional(),
      newcomer: yesNo.optional(),
      member: yesNo.optional(),
      activeYear: year.optional(),
      seenSince: date.optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional(),
    }),
    handler: async ({ deps, params, query }) => ({
      people: await listPeople(peopleDeps(deps), params.roomId, query),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/people",
    summary: "Een persoon inschrijven",
    roles: MANAGE,
    body: personFields,
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await createPerson(peopleDeps(deps), params.roomId, clean(body)),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/people/:personId",
    ids: { "path.personId": "personRecord" },
    summary:
      "Persoonspagina: gegevens, treden, activiteiten, uren, hulpvragen (zonder tekst), verwijzingen, plaatsingen",
    roles: MANAGE,
    handler: ({ deps, params }) => getPerson(peopleDeps(deps), params.roomId, id.parse(params.personId)),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/people/:personId",
    ids: { "path.personId": "personRecord" },
    summary: "Gegevens van een persoon aanpassen",
    roles: MANAGE,
    body: personFields,
    handler: async ({ deps, params, body }) => {
      await updatePerson(peopleDeps(deps), params.roomId, id.parse(params.personId), clean(body));
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/people/:personId/stages",
    ids: { "path.personId": "personRecord" },
    summary: "Een trede op de ladder toevoegen",
    roles: MANAGE,
    body: z.object({ stage: z.enum(LADDER_STAGES), from: date, to: date.nullish() }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await addStage(peopleDeps(deps), params.roomId, id.parse(params.personId), body),
    }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/people/:personId/stages/:stageId",
    ids: { "path.personId": "personRecord", "path.stageId": "stage" },
    summary: "Een trede beëindigen (of weer openen met to = null)",
    roles: MANAGE,
    body: z.object({ to: date.nullable() }),
    handler: async ({ deps, params, body }) => {
      await endStage(
        peopleDeps(deps),
        params.roomId,
        id.parse(params.personId),
        id.parse(params.stageId),
        body.to,
      );
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/people/merge",
    ids: { "body.keepId": "person", "body.dropId": "person" },
    summary: "Twee records van dezelfde persoon samenvoegen",
    roles: MANAGE,
    body: z.object({ keepId: id, dropId: id }),
    handler: ({ deps, actor, params, body }) =>
      mergePeople(peopleDeps(deps), params.roomId, { ...body, userId: actor!.userId }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/placements",
    summary: "Plaatsingen en uitstroom naar betaald werk van de kamer",
    roles: MANAGE,
    handler: async ({ deps, params }) => {
      const d = peopleDeps(deps);
      const [placements, outcomes] = await Promise.all([
        d.people.listPlacements(params.roomId),
        d.people.listOutcomes(params.roomId),
      ]);
      return { placements, outcomes };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/placements",
    ids: { "body.personId": "person" },
    summary: "Een plaatsing toevoegen",
    roles: MANAGE,
    body: z.object({
      personId: id,
      type: z.enum(PLACEMENT_TYPES),
      start: date,
      end: date.nullish(),
      wageValuePct: z.number().min(0).max(100).nullish(),
    }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await addPlacement(peopleDeps(deps), params.roomId, body),
    }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/placements/:placementId",
    ids: { "path.placementId": "placement" },
    summary: "Een plaatsing beëindigen",
    roles: MANAGE,
    body: z.object({ end: date.nullable() }),
    handler: async ({ deps, params, body }) => {
      await endPlacement(peopleDeps(deps), params.roomId, id.parse(params.placementId), body.end);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/outcomes",
    ids: { "body.personId": "person" },
    summary: "Vastleggen dat iemand betaald werk vond",
    roles: MANAGE,
    body: z.object({ personId: id, date }),
    status: 201,
    handler: async ({ deps, params, body }) => ({
      id: await addOutcome(peopleDeps(deps), params.roomId, body),
    }),
  }),
];

/** People, volunteers, keys, members and privacy (issue 3), registered in index.ts as one list. */
export const peopleAreaRoutes = [
  ...peopleRoutes,
  ...keysRoutes,
  ...membersRoutes,
  ...volunteersRoutes,
  ...privacyRoutes,
];
