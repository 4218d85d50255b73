import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { documentsRepository } from "../../src/db/documents.repository";
import { financeRepository } from "../../src/db/finance.repository";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import type { Actor } from "../../src/domain/auth/roles";
import { finaliseReport, sha256 } from "../../src/domain/documents/finalise-report";
import { generateDocument } from "../../src/domain/documents/generate-document";
import { getFinalReport } from "../../src/domain/documents/get-final-report";
import { listReportChanges } from "../../src/domain/documents/list-report-changes";
import { saveStory } from "../../src/domain/documents/save-story";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { readBundle } from "../../src/domain/import/read-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { renderDocument } from "../../src/reports/render";
import { FIXTURES } from "../finance/fixture-csv";
import { describeEachDatabase } from "../support/databases";
import { docxHeadings, docxTables, findRow, pdfText, xlsxSheets } from "./read-back";

const AMSTERDAM = ["cjm", "handreiking", "multibron"];

describeEachDatabase("documents from the golden finance fixtures", (db) => {
  let d: Database;
  let now = new Date("2022-03-31T10:00:00Z");
  const deps = () => ({
    documents: documentsRepository(d),
    indicators: indicatorsRepository(d),
    finance: financeRepository(d),
    now: () => now,
  });

  beforeAll(async () => {
    d = await db();
    for (const seed of ["seed004", "seed003"]) {
      const r = await importBundle({ db: d }, await readBundle(join(FIXTURES, seed)));
      expect(r.rejected).toEqual([]);
    }
  }, 180_000);

  it("writes the agreement's budget and financing tables into real Word tables, in seed 004's order", async () => {
    const doc = await generateDocument(deps(), null, {
      kind: "agreement",
      rooms: AMSTERDAM,
      year: 2021,
      quarter: null,
    });
    const buf = await renderDocument(doc, "docx");
    const headings = await docxHeadings(buf);
    const order = ["WAAROM", "ONZE DROOM", "SAMEN", "HOE", "AFSPRAKEN", "BEGROTING", "FINANCIERING"].map(
      (h) => headings.indexOf(h),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const tables = await docxTables(buf);
    // Columns: Code, Omschrijving, CJM, De Handreiking, MultiBron, Totaal (seed 004 BEGROTING).
    expect(findRow(tables, "Omschrijving", "", "Totaal").slice(2)).toEqual([
      "€ 125.568",
      "€ 125.868",
      "€ 157.656",
      "€ 409.092",
    ]);
    // MultiBron's (A) is 53,532 from its lines, not the printed slip 52,532.
    expect(findRow(tables, "Omschrijving", "(A)")[4]).toBe("€ 53.532");
    expect(
      findRow(tables, "Omschrijving", "", "Social return (SROI): (B) als percentage van totaal").slice(2),
    ).toEqual(["38%", "38%", "49%", "42%"]);
    expect(findRow(tables, "Financier", "Investering financiers directe euro's").slice(1, 2)).toEqual([
      "€ 125.500",
    ]);
    expect(findRow(tables, "Financier", "(= % van populaire investering)")[1]).toBe("49%");
    expect(findRow(tables, "Financier", "Eigen Haard").slice(1)).toEqual([
      "€ 17.500",
      "€ 5.000",
      "€ 12.500",
      "€ 35.000",
    ]);
    // The performance table: targets per room, housing rows marked.
    expect(findRow(tables, "Meting", "Klussen")).toEqual(["Klussen", "Klussen #", "40", "40", "40", "ja"]);
    const signatures = tables.at(-1)!.map((r) => r[0]);
    expect(signatures).toContain("Namens Eigen Haard");
    expect(signatures.at(-1)).toBe("Namens BuurtWerkKamer Coöperatie");
  });

  it("puts every table on its own XLSX sheet with numbers as numbers", async () => {
    const doc = await generateDocument(deps(), null, {
      kind: "agreement",
      rooms: AMSTERDAM,
      year: 2021,
      quarter: null,
    });
    const sheets = await xlsxSheets(await renderDocument(doc, "xlsx"));
    expect([...sheets.keys()]).toEqual(["Document", "Prestaties", "Begroting", "Financiering"]);
    const budget = sheets.get("Begroting")!;
    const total = budget.find((r) => r.values[1] === "Totaal")!;
    expect(total.values.slice(2)).toEqual([125568, 125868, 157656, 409092]);
    expect(total.numFmts[2]).toContain("€");
    const sroi = budget.find((r) => String(r.values[1]).startsWith("Social return"))!;
    expect(Math.round((sroi.values[2] as number) * 100)).toBe(38);
    expect(sroi.numFmts[2]).toBe("0%");
    const formal = sheets
      .get("Financiering")!
      .find((r) => r.values[0] === "Investering financiers directe euro's")!;
    // De Handreiking's lines make 128,500 (with the sponsor), the seed printed 126,000.
    expect(formal.values.slice(1)).toEqual([125500, 128500, 157801, 411801]);
  });

  it("reports realisation against target with the indicator engine's figures in every format", async () => {
    const doc = await generateDocument(deps(), null, {
      kind: "annual",
      rooms: AMSTERDAM,
      year: 2021,
      quarter: null,
    });
    const engine = await computeIndicators(deps(), { rooms: ["cjm"], from: "2021-01-01", to: "2021-12-31" });
    const volunteers = engine.indicators["output.active_volunteers"];
    expect(volunteers.value).toBeGreaterThan(0);

    const sheets = await xlsxSheets(await renderDocument(doc, "xlsx"));
    const row = sheets
      .get("Prestaties cjm")!
      .find((r) => String(r.values[0]).startsWith("Actieve vrijwilligers"))!;
    expect(row.values.slice(2, 4)).toEqual([volunteers.target, volunteers.value]);
    const fin = sheets.get("Financiering")!;
    expect(fin.find((r) => r.values[0] === "Populaire investering (euro's en uren)")!.values[1]).toBe(254000);
    expect(sheets.has("Naar verhuurder")).toBe(true);

    const tables = await docxTables(await renderDocument(doc, "docx"));
    expect(findRow(tables, "Buurtwerkkamer", "Casa Jepie Makandra")[1]).toBe(String(volunteers.value));

    const text = await pdfText(await renderDocument(doc, "pdf"));
    expect(text).toContain("Jaarrapportage buurtwerkkamers Amsterdam 2021");
    expect(text).toContain("€ 254.000");
    expect(text).toContain("€ 125.568");
    expect(text).toContain("Het verhaal van het jaar");
  }, 60_000);

  it("prints the coordinator's story of the year in the room's section", async () => {
    await saveStory(deps(), {
      roomId: "cjm",
      year: 2021,
      quarter: 0,
      text: "Een jaar vol klussen.",
      userId: null,
    });
    const doc = await generateDocument(deps(), null, {
      kind: "annual",
      rooms: ["cjm"],
      year: 2021,
      quarter: null,
    });
    expect(doc.blocks).toContainEqual({ kind: "paragraph", text: "Een jaar vol klussen." });
  });

  it("says so in the document when a year has no data, instead of failing", async () => {
    const doc = await generateDocument(deps(), null, {
      kind: "annual",
      rooms: ["cjm"],
      year: 2019,
      quarter: null,
    });
    const text = await pdfText(await renderDocument(doc, "pdf"));
    expect(text).toContain("Er zijn over 2019 geen gegevens geregistreerd");
    const q = await generateDocument(deps(), null, {
      kind: "quarterly",
      rooms: ["top"],
      year: 2019,
      quarter: 2,
    });
    expect(q.title).toBe("Kwartaalrapportage K2 buurtwerkkamers Utrecht 2019");
  });

  it("refuses a room the user may not see, and limits a funder to the rooms it funds", async () => {
    const coordinator: Actor = { userId: 1, role: "coordinator", rooms: ["cjm"], funderId: null };
    await expect(
      generateDocument(deps(), coordinator, {
        kind: "annual",
        rooms: ["cjm", "top"],
        year: 2021,
        quarter: null,
      }),
    ).rejects.toThrow(/bestaat niet: top/);
    const [mitros] = await d.query<{ id: number }>("SELECT id FROM funders WHERE name = 'Mitros'");
    const funder: Actor = { userId: 2, role: "funder", rooms: [], funderId: mitros.id };
    const doc = await generateDocument(deps(), funder, {
      kind: "annual",
      rooms: "all",
      year: 2021,
      quarter: null,
    });
    expect(doc.rooms.every((r) => ["top", "hvlr", "zuilen"].includes(r))).toBe(true);
    await expect(
      generateDocument(deps(), funder, { kind: "annual", rooms: ["cjm"], year: 2021, quarter: null }),
    ).rejects.toThrow(/bestaat niet: cjm/);
  });

  it("regenerates a final report byte for byte and flags a late registration as a change", async () => {
    now = new Date("2022-03-31T10:00:00Z");
    const x = { ...deps(), render: renderDocument };
    const final = await finaliseReport(x, null, {
      kind: "annual",
      rooms: ["cjm"],
      year: 2021,
      quarter: null,
    });
    now = new Date("2022-06-01T10:00:00Z");
    const stored = await getFinalReport(deps(), null, final.id);
    for (const f of ["docx", "pdf", "xlsx"] as const) {
      expect(sha256(await renderDocument(stored.model, f))).toBe(final.hashes[f]);
    }
    expect(await listReportChanges(deps(), null, { rooms: ["cjm"], year: 2021 })).toEqual([]);

    // A visit of a new resident registered late, in the period of the final report.
    const late = await importBundle(
      { db: d },
      bundleFromCsvTexts({
        "rooms.csv": "room,name,city,variant\ncjm,Casa Jepie Makandra,Amsterdam,full\n",
        "people.csv": "person,room\nlate-1,cjm\n",
        "visits.csv":
          "date,room,activity_type,activity,person,count,first_time\n2021-11-03,cjm,forms,Formulieren,late-1,,\n",
      }),
    );
    expect(late.rejected).toEqual([]);
    const [changed] = await listReportChanges(deps(), null, { rooms: ["cjm"], year: 2021 });
    expect(changed.id).toBe(final.id);
    expect(changed.label).toBe("Gewijzigd sinds de jaarrapportage 2021 van 31 maart 2022");
    expect(changed.changes).toContainEqual(
      expect.objectContaining({
        table: "Prestaties cjm",
        row: "Formulieren",
        column: "Realisatie",
        difference: 1,
      }),
    );
    // What was reported stays as it was.
    const again = await getFinalReport(deps(), null, final.id);
    expect(sha256(await renderDocument(again.model, "xlsx"))).toBe(final.hashes.xlsx);
  }, 120_000);
});
