import { indicatorsRepository } from "../../db/indicators.repository";
import { learningRepository, planningRepository, realisationSource } from "../../db/planning.repository";
import { DEFAULT_COOPERATIVE_NAME } from "../../domain/documents/texts";
import { getNearby } from "../../domain/planning/get-nearby";
import { getScan } from "../../domain/planning/get-scan";
import { getScenario } from "../../domain/planning/get-scenario";
import { importCentres } from "../../domain/planning/import-centres";
import { importScan } from "../../domain/planning/import-scan";
import { importShapes } from "../../domain/planning/import-shapes";
import { getLearningPlan, saveLearningPlan } from "../../domain/planning/learning-plan";
import { type MultiYearPlan, multiYearDocument } from "../../domain/planning/multi-year-plan";
import { offerDocument } from "../../domain/planning/offer-document";
import { PlanningErrors } from "../../domain/planning/planning.errors";
import { getMultiYear, saveMultiYear } from "../../domain/planning/save-multi-year";
import { saveScenario } from "../../domain/planning/save-scenario";
import { scanDocument } from "../../domain/planning/scan-document";
import { todayInAmsterdam } from "../../domain/shared/dates";
import { CONTENT_TYPES, renderDocument } from "../../reports/render";
import type { AppDeps } from "../deps";
import { defineRoute, STAFF, z } from "../route";

const COOP = ["cooperative"] as const;
const deps = (d: AppDeps) => ({ planning: planningRepository(d.db) });
const planDeps = (d: AppDeps) => ({
  planning: planningRepository(d.db),
  realisation: realisationSource(d.db),
  indicators: indicatorsRepository(d.db),
  now: d.now,
});
const year = z.string().regex(/^\d{4}$/, "jaartal van vier cijfers");
const csvBody = z.object({ file: z.string().max(200).optional(), csv: z.string().min(1).max(40_000_000) });

function yearParam(v: string | undefined): number {
  if (!/^\d{4}$/.test(v ?? "")) throw PlanningErrors.BadScenario({ reason: `jaar ${v ?? ""}` });
  return Number(v);
}

function file(body: Buffer, format: "docx" | "pdf" | "xlsx", name: string) {
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}

const lineSchema = z.object({
  code: z.string(),
  description: z.string(),
  amount: z.number(),
  hoursPerWeek: z.number().nullable(),
  indirect: z.boolean(),
});
const variantSchema = z.object({
  lines: z.array(lineSchema).max(60),
  financing: z.record(z.string(), z.number()),
  volunteers: z.number(),
  hoursPerVolunteer: z.number(),
  staff: z.number(),
  hoursPerStaff: z.number(),
});
const scenarioSchema = z.object({
  name: z.string().min(1).max(100),
  place: z.string().max(200),
  year: z.number().int().min(2000).max(2100),
  rates: z.object({ volunteerHourly: z.number(), staffHourly: z.number() }),
  variants: z.object({ light: variantSchema, full_start: variantSchema, full: variantSchema }),
  texts: z.object({
    why: z.string().max(20000),
    what: z.string().max(20000),
    how: z.string().max(20000),
    ask: z.string().max(20000),
  }),
});

const yearly = z.array(z.number()).length(4);
const planSchema = z.object({
  name: z.string().min(1).max(100),
  scope: z.string().max(100),
  city: z.string().max(100).nullable().optional(),
  referenceYear: z.number().int(),
  existing: z.object({ label: z.string().max(200), rooms: z.number().int().min(0), costs: yearly }),
  newRooms: z
    .array(
      z.object({
        label: z.string().min(1).max(200),
        startYear: z.number().int(),
        variant: z.enum(["light", "full"]),
        costFirstYear: z.number().min(0),
        costAfter: z.number().min(0),
      }),
    )
    .max(50),
  volunteers: yearly,
  participants: yearly,
  financing: z.record(z.string(), yearly),
});

export const planningRoutes = [
  defineRoute({
    method: "post",
    path: "/api/planning/scan/import",
    summary: "CBS Kerncijfers wijken en buurten importeren (CSV) voor één jaar",
    roles: COOP,
    body: csvBody.extend({ year: z.number().int() }),
    handler: async ({ deps: d, body }) =>
      importScan(deps(d), { year: body.year, file: body.file ?? "CBS-bestand", csv: body.csv }),
  }),
  defineRoute({
    method: "post",
    path: "/api/planning/scan/centres",
    summary: "Middelpunten van buurten importeren (CSV: code, breedtegraad, lengtegraad)",
    roles: COOP,
    body: csvBody,
    handler: async ({ deps: d, body }) =>
      importCentres(deps(d), { file: body.file ?? "coördinaten", csv: body.csv }),
  }),
  defineRoute({
    method: "post",
    path: "/api/planning/scan/shapes",
    summary: "Buurtvormen importeren (GeoJSON) voor de kaart",
    roles: COOP,
    body: z.object({ geojson: z.string().min(1).max(60_000_000) }),
    handler: async ({ deps: d, body }) => importShapes(deps(d), { geojson: body.geojson }),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scan",
    summary: "De buurtscan van een jaar (buurten en wijken, klasse, kwetsbare bewoners, kaart)",
    roles: COOP,
    query: z.object({ year: year.optional(), municipality: z.string().max(100).optional() }),
    handler: async ({ deps: d, query }) =>
      getScan(deps(d), {
        year: query.year ? Number(query.year) : undefined,
        municipality: query.municipality,
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scan/export",
    summary: "De buurtscan als XLSX",
    roles: COOP,
    query: z.object({ year: year.optional(), municipality: z.string().max(100).optional() }),
    handler: async ({ deps: d, query }) => {
      const view = await getScan(deps(d), {
        year: query.year ? Number(query.year) : undefined,
        municipality: query.municipality,
      });
      const doc = scanDocument(view, DEFAULT_COOPERATIVE_NAME, todayInAmsterdam(d.now()));
      return file(await renderDocument(doc, "xlsx"), "xlsx", `buurtscan-${view.year ?? ""}.xlsx`);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scan/nearby",
    summary: "Kwetsbare bewoners binnen 1,5 km van een buurt of van coördinaten",
    roles: COOP,
    query: z.object({
      year,
      code: z.string().max(20).optional(),
      lat: z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .optional(),
      lon: z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .optional(),
    }),
    handler: async ({ deps: d, query }) =>
      getNearby(deps(d), {
        year: Number(query.year),
        code: query.code,
        lat: query.lat === undefined ? undefined : Number(query.lat),
        lon: query.lon === undefined ? undefined : Number(query.lon),
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scenarios",
    summary: "Opgeslagen businesscases",
    roles: COOP,
    handler: async ({ deps: d }) => ({ scenarios: await deps(d).planning.listScenarios() }),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scenarios/template",
    summary: "Een nieuwe businesscase uit de sjablonen van seed 000",
    roles: COOP,
    query: z.object({ name: z.string().max(100).optional() }),
    handler: async ({ deps: d, query }) => getScenario(deps(d), query.name || "Nieuwe buurtwerkkamer", true),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scenarios/:name",
    summary: "Een businesscase met licht, vol (eerste 3 jaar) en vol (daarna) naast elkaar",
    roles: COOP,
    handler: async ({ deps: d, params }) => getScenario(deps(d), decodeURIComponent(params.name)),
  }),
  defineRoute({
    method: "put",
    path: "/api/planning/scenarios",
    summary: "Een businesscase opslaan onder haar naam",
    roles: COOP,
    body: scenarioSchema,
    handler: async ({ deps: d, body }) => {
      const s = await saveScenario(deps(d), body);
      return getScenario(deps(d), s.name);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/scenarios/:name/offer",
    summary: "Het aanbod van een businesscase als DOCX of PDF",
    roles: COOP,
    query: z.object({ format: z.enum(["docx", "pdf"]).optional() }),
    handler: async ({ deps: d, params, query }) => {
      const { scenario } = await getScenario(deps(d), decodeURIComponent(params.name));
      const format = query.format ?? "docx";
      const doc = offerDocument(scenario, DEFAULT_COOPERATIVE_NAME, todayInAmsterdam(d.now()));
      return file(await renderDocument(doc, format), format, `aanbod-${scenario.name}.${format}`);
    },
  }),

  defineRoute({
    method: "get",
    path: "/api/planning/plans/:name",
    summary: "Een meerjarenplan (referentiejaar en drie jaar) met kosten en financiering",
    roles: COOP,
    query: z.object({ referenceYear: year.optional() }),
    handler: async ({ deps: d, params, query }) =>
      getMultiYear(
        planDeps(d),
        decodeURIComponent(params.name),
        query.referenceYear ? Number(query.referenceYear) : Number(todayInAmsterdam(d.now()).slice(0, 4)) - 1,
      ),
  }),
  defineRoute({
    method: "put",
    path: "/api/planning/plans",
    summary: "Een meerjarenplan opslaan onder zijn naam",
    roles: COOP,
    body: planSchema,
    handler: async ({ deps: d, body }) => saveMultiYear(planDeps(d), body as MultiYearPlan),
  }),
  defineRoute({
    method: "get",
    path: "/api/planning/plans/:name/export",
    summary: "Het meerjarenplan als DOCX, PDF of XLSX",
    roles: COOP,
    query: z.object({ format: z.enum(["docx", "pdf", "xlsx"]).optional() }),
    handler: async ({ deps: d, params, query }) => {
      const { plan, saved, realised } = await getMultiYear(
        planDeps(d),
        decodeURIComponent(params.name),
        2000,
      );
      if (!saved) throw PlanningErrors.UnknownScenario({ name: plan.name });
      const format = query.format ?? "docx";
      const doc = multiYearDocument(plan, DEFAULT_COOPERATIVE_NAME, todayInAmsterdam(d.now()), realised);
      return file(await renderDocument(doc, format), format, `meerjarenplan-${plan.name}.${format}`);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId/planning/learning/:year",
    summary: "Leerplan en evaluatie van een kamer over een jaar",
    roles: STAFF,
    handler: async ({ deps: d, params }) =>
      getLearningPlan({ learning: learningRepository(d.db) }, params.roomId, yearParam(params.year)),
  }),
  defineRoute({
    method: "put",
    path: "/api/rooms/:roomId/planning/learning/:year",
    summary: "Leerplan en evaluatie van een kamer over een jaar opslaan",
    roles: STAFF,
    body: z.object({
      learned: z.string().max(20000),
      results: z.string().max(20000),
      goals: z.string().max(20000),
      trainings: z.string().max(20000),
      partnerMeeting: z.string().max(20000),
    }),
    handler: async ({ deps: d, params, body }) =>
      saveLearningPlan(
        { learning: learningRepository(d.db) },
        { roomId: params.roomId, year: yearParam(params.year), ...body },
      ),
  }),
];
