import { financeRepository } from "../../db/finance.repository";
import { addPettyCashEntry } from "../../domain/finance/add-petty-cash-entry";
import { CONTRIBUTION_STATUSES, FUNDER_TYPES } from "../../domain/finance/categories";
import { deleteActual } from "../../domain/finance/delete-actual";
import { deleteBudgetLine } from "../../domain/finance/delete-budget-line";
import { deleteContribution } from "../../domain/finance/delete-contribution";
import { deletePettyCashEntry } from "../../domain/finance/delete-petty-cash-entry";
import { financeRoomsFor } from "../../domain/finance/finance-rooms";
import { getFinanceReport } from "../../domain/finance/get-finance-report";
import { getRates } from "../../domain/finance/get-rates";
import { getRoomFinance } from "../../domain/finance/get-room-finance";
import { importActuals } from "../../domain/finance/import-actuals";
import { PETTY_CASH_CATEGORIES } from "../../domain/finance/petty-cash";
import { recordActual } from "../../domain/finance/record-actual";
import { saveBudgetLine } from "../../domain/finance/save-budget-line";
import { saveContribution } from "../../domain/finance/save-contribution";
import { saveFunder } from "../../domain/finance/save-funder";
import { setContributionStatus } from "../../domain/finance/set-contribution-status";
import { setPlan } from "../../domain/finance/set-plan";
import { setRates } from "../../domain/finance/set-rates";
import { startBudget } from "../../domain/finance/start-budget";
import { todayInAmsterdam } from "../../domain/shared/dates";
import { CommonErrors } from "../../domain/shared/errors";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const COOP = ["cooperative"] as const;
const deps = (d: AppDeps) => ({ finance: financeRepository(d.db) });
const today = (d: AppDeps) => todayInAmsterdam(d.now());
const yearText = z.string().regex(/^\d{4}$/, "jaartal van vier cijfers");
const id = (params: Record<string, string>) => {
  const n = Number(params.id);
  if (!Number.isSafeInteger(n) || n <= 0) throw CommonErrors.NotFound();
  return n;
};

const budgetLineBody = z.object({
  year: z.number().int(),
  code: z.string().max(4),
  amount: z.number(),
  description: z.string().max(500).nullish(),
  indirect: z.boolean().optional(),
  hoursPerWeek: z.number().nullish(),
  correction: z.boolean().optional(),
});
const contributionBody = z.object({
  year: z.number().int(),
  funderId: z.number().int(),
  amount: z.number(),
  status: z.enum(CONTRIBUTION_STATUSES).optional(),
  note: z.string().max(500).nullish(),
});
const funderBody = z.object({
  name: z.string().min(1).max(200),
  type: z.enum(FUNDER_TYPES),
  contact: z.string().max(300).nullish(),
});

export const financeRoutes = [
  defineRoute({
    method: "get",
    path: "/api/finance/report",
    summary:
      "Begroting, financiering en populaire investering van een of meer kamers (report finance als JSON)",
    roles: STAFF,
    query: z.object({ rooms: z.string().optional(), year: yearText }),
    handler: async ({ deps: d, actor, query }) =>
      getFinanceReport(deps(d), {
        rooms: financeRoomsFor(actor!, query.rooms ?? "all"),
        year: Number(query.year),
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/finance",
    summary: "Alles voor het financiënscherm van een kamer en jaar",
    roles: STAFF,
    query: z.object({ year: yearText.optional() }),
    handler: async ({ deps: d, params, query }) =>
      getRoomFinance(deps(d), params.roomId, Number(query.year ?? today(d).slice(0, 4))),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/budget-lines",
    summary: "Een begrotingsregel toevoegen",
    roles: COOP,
    body: budgetLineBody,
    status: 201,
    handler: async ({ deps: d, params, body }) => saveBudgetLine(deps(d), { ...body, roomId: params.roomId }),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/finance/budget-lines/:id",
    ids: { "path.id": "budgetLine" },
    summary: "Een begrotingsregel wijzigen",
    roles: COOP,
    body: budgetLineBody,
    handler: async ({ deps: d, params, body }) =>
      saveBudgetLine(deps(d), { ...body, id: id(params), roomId: params.roomId }),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/finance/budget-lines/:id",
    ids: { "path.id": "budgetLine" },
    summary: "Een begrotingsregel verwijderen",
    roles: COOP,
    handler: async ({ deps: d, params }) => deleteBudgetLine(deps(d), params.roomId, id(params)),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/budget/start",
    summary: "Een begroting beginnen: sjabloon light/full, of vorig jaar met een index",
    roles: COOP,
    status: 201,
    body: z.object({
      year: z.number().int(),
      start: z.discriminatedUnion("from", [
        z.object({
          from: z.literal("template"),
          template: z.enum(["light", "full"]),
          indexPct: z.number().optional(),
        }),
        z.object({ from: z.literal("copy"), fromYear: z.number().int(), indexPct: z.number() }),
      ]),
    }),
    handler: async ({ deps: d, params, body }) => ({
      lines: await startBudget(deps(d), { roomId: params.roomId, year: body.year, start: body.start }),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/finance/funders",
    summary: "Het register van financiers",
    roles: STAFF,
    handler: async ({ deps: d }) => ({ funders: await deps(d).finance.listFunders() }),
  }),
  defineRoute({
    method: "post",
    path: "/api/finance/funders",
    summary: "Een financier aan het register toevoegen",
    roles: COOP,
    status: 201,
    body: funderBody,
    handler: async ({ deps: d, body }) => saveFunder(deps(d), body),
  }),
  defineRoute({
    method: "put",
    path: "/api/finance/funders/:id",
    ids: { "path.id": "funder" },
    summary: "Een financier wijzigen",
    roles: COOP,
    body: funderBody,
    handler: async ({ deps: d, params, body }) => saveFunder(deps(d), { ...body, id: id(params) }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/contributions",
    ids: { "body.funderId": "funder" },
    summary: "Een bijdrage van een financier vastleggen (aangevraagd, toegekend of ontvangen)",
    roles: COOP,
    status: 201,
    body: contributionBody,
    handler: async ({ deps: d, params, body }) =>
      saveContribution(deps(d), { ...body, roomId: params.roomId, today: today(d) }),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/finance/contributions/:id",
    ids: { "path.id": "contribution", "body.funderId": "funder" },
    summary: "Een bijdrage wijzigen (bedrag, financier, jaar, notitie)",
    roles: COOP,
    body: contributionBody.omit({ status: true }),
    handler: async ({ deps: d, params, body }) =>
      saveContribution(deps(d), { ...body, id: id(params), roomId: params.roomId, today: today(d) }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/contributions/:id/status",
    ids: { "path.id": "contribution" },
    summary: "De status van een bijdrage verder zetten: aangevraagd → toegekend → ontvangen",
    roles: COOP,
    body: z.object({ status: z.enum(CONTRIBUTION_STATUSES) }),
    handler: async ({ deps: d, params, body }) =>
      setContributionStatus(deps(d), {
        roomId: params.roomId,
        id: id(params),
        status: body.status,
        today: today(d),
      }),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/finance/contributions/:id",
    ids: { "path.id": "contribution" },
    summary: "Een bijdrage verwijderen",
    roles: COOP,
    handler: async ({ deps: d, params }) => deleteContribution(deps(d), params.roomId, id(params)),
  }),
  defineRoute({
    method: "get",
    path: "/api/finance/rates/:year",
    summary: "De uurtarieven van een jaar (eigen of standaard)",
    roles: STAFF,
    handler: async ({ deps: d, params }) => getRates(deps(d), Number(params.year)),
  }),
  defineRoute({
    method: "put",
    path: "/api/finance/rates/:year",
    summary: "De eigen uurtarieven van de coöperatie voor een jaar",
    roles: COOP,
    body: z.object({ volunteerHourly: z.number(), staffHourly: z.number() }),
    handler: async ({ deps: d, params, body }) => setRates(deps(d), { year: Number(params.year), ...body }),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/finance/plan",
    summary: "De geplande uren van een kamer en jaar (voor de geplande populaire investering)",
    roles: COOP,
    body: z.object({ year: z.number().int(), volunteerHours: z.number(), staffUnpaidHours: z.number() }),
    handler: async ({ deps: d, params, body }) => setPlan(deps(d), { ...body, roomId: params.roomId }),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/actuals",
    summary: "Een werkelijke uitgave op een begrotingsregel vastleggen",
    roles: COOP,
    status: 201,
    body: z.object({
      date: z.string(),
      code: z.string().max(4),
      amount: z.number(),
      description: z.string().max(500).nullish(),
      correction: z.boolean().optional(),
    }),
    handler: async ({ deps: d, params, body, actor }) =>
      recordActual(deps(d), { ...body, roomId: params.roomId }, actor!.userId),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/actuals/import",
    summary:
      "Werkelijke uitgaven inlezen uit de boekhouding (CSV: date, code, amount, description, correction)",
    roles: COOP,
    body: z.object({ csv: z.string().max(2_000_000) }),
    handler: async ({ deps: d, params, body, actor }) =>
      importActuals(deps(d), { roomId: params.roomId, csv: body.csv }, actor!.userId),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/finance/actuals/:id",
    ids: { "path.id": "actual" },
    summary: "Een werkelijke uitgave verwijderen",
    roles: COOP,
    handler: async ({ deps: d, params }) => deleteActual(deps(d), params.roomId, id(params)),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/finance/petty-cash",
    summary: "Een uitgave in het handgeldboek schrijven (waarschuwing boven € 250 per maand)",
    roles: COOP,
    status: 201,
    body: z.object({
      date: z.string(),
      amount: z.number(),
      category: z.enum(PETTY_CASH_CATEGORIES),
      description: z.string().max(500).nullish(),
      receipt: z.boolean(),
      correction: z.boolean().optional(),
    }),
    handler: async ({ deps: d, params, body, actor }) =>
      addPettyCashEntry(deps(d), { ...body, roomId: params.roomId }, actor!.userId),
  }),
  defineRoute({
    method: "delete",
    path: "/api/rooms/:roomId/finance/petty-cash/:id",
    ids: { "path.id": "pettyCash" },
    summary: "Een uitgave uit het handgeldboek verwijderen",
    roles: COOP,
    handler: async ({ deps: d, params }) => deletePettyCashEntry(deps(d), params.roomId, id(params)),
  }),
];
