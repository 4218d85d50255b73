/**
 * Documents benchmark (issue 7): the annual report for 8 rooms in each format, from the database
 * to the file's bytes (figures, model and rendering). Target: under 3 s each at demo size.
 * `benchDocuments` is called by the benchmark harness; run this file alone for the demo size with
 * 8 rooms: `npx tsx bench/documents.bench.ts`.
 */
import type { Database } from "../src/db/database";
import { documentsRepository } from "../src/db/documents.repository";
import { financeRepository } from "../src/db/finance.repository";
import { indicatorsRepository } from "../src/db/indicators.repository";
import { generateDocument } from "../src/domain/documents/generate-document";
import { FORMATS, renderDocument } from "../src/reports/render";

export interface DocumentsBenchResult {
  rooms: number;
  year: number;
  /** Milliseconds per format: gathering the figures plus rendering, one run each after a warm-up. */
  ms: Record<(typeof FORMATS)[number], number>;
  /** Of which gathering the figures and building the model. */
  gatherMs: Record<(typeof FORMATS)[number], number>;
  /**
   * CPU time of this process for the same work (PGlite runs in-process, so its queries count):
   * on a shared, loaded machine wall time mostly measures waiting for a core.
   */
  cpuMs: Record<(typeof FORMATS)[number], number>;
  bytes: Record<(typeof FORMATS)[number], number>;
}

export async function benchDocuments(deps: {
  db: Database;
  rooms?: string[];
  year: number;
}): Promise<DocumentsBenchResult> {
  const d = {
    documents: documentsRepository(deps.db),
    indicators: indicatorsRepository(deps.db),
    finance: financeRepository(deps.db),
    now: () => new Date(),
  };
  const rooms = deps.rooms ?? (await d.indicators.allRoomIds()).slice(0, 8);
  const request = { kind: "annual" as const, rooms, year: deps.year, quarter: null };
  // Warm-up: fonts, modules and the database's caches, as on a running server.
  await renderDocument(await generateDocument(d, null, request), "pdf");
  const ms = {} as DocumentsBenchResult["ms"];
  const bytes = {} as DocumentsBenchResult["bytes"];
  const gather = {} as DocumentsBenchResult["ms"];
  const cpuMs = {} as DocumentsBenchResult["ms"];
  for (const format of FORMATS) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const doc = await generateDocument(d, null, request);
    const t1 = performance.now();
    const file = await renderDocument(doc, format);
    ms[format] = Math.round(performance.now() - t);
    gather[format] = Math.round(t1 - t);
    const used = process.cpuUsage(cpu);
    cpuMs[format] = Math.round((used.user + used.system) / 1000);
    bytes[format] = file.length;
  }
  return { rooms: rooms.length, year: deps.year, ms, gatherMs: gather, cpuMs, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openPglite } = await import("../src/db/pglite");
  const { migrate } = await import("../src/db/migrate");
  const { generateBundle } = await import("../src/demo/generate");
  const { bundleFromCsvTexts } = await import("../src/domain/import/bundle");
  const { importBundle } = await import("../src/domain/import/import-bundle");
  const db = await openPglite();
  await migrate(db);
  // The demo's size (a year of visits, default people and visits per day), with 8 rooms.
  const report = await importBundle(
    { db },
    bundleFromCsvTexts(generateBundle({ seed: 2021, rooms: 8, until: "2025-12-31", days: 365 })),
  );
  if (!report.applied) throw new Error("benchmark data rejected");
  console.log(JSON.stringify(await benchDocuments({ db, year: 2025 }), null, 2));
  await db.close();
}
