import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/cbs", name), "utf8");

describeEachDatabase("planning over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    const d = await db();
    await roomsRepository(d).upsertRoom({
      id: "a",
      name: "Kamer A",
      city: "Utrecht",
      neighbourhood: null,
      association: null,
      variant: "full",
      opened: null,
    });
    const auth = authRepository(d);
    await addUser({ auth }, { email: "coop@x.nl", password: PASSWORD, role: "cooperative", rooms: [] });
    await addUser({ auth }, { email: "coord@x.nl", password: PASSWORD, role: "coordinator", rooms: [] });
    app = createApp({ db: d, now: () => new Date("2024-06-15T10:00:00Z"), secureCookies: false });
    for (const email of ["coop@x.nl", "coord@x.nl"]) {
      const res = await send("POST", "/api/login", { email, password: PASSWORD });
      cookies[email] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
  });

  const send = (method: string, path: string, body?: unknown, cookie?: string) =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", "x-buurtboek": "1", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const coop = (method: string, path: string, body?: unknown) =>
    send(method, path, body, cookies["coop@x.nl"]);

  it("imports a scan, centres and shapes, and answers the 1.5 km question", async () => {
    const imp = await coop("POST", "/api/planning/scan/import", {
      year: 2023,
      file: "kwb-2023.csv",
      csv: fixture("kwb-2023.csv"),
    });
    expect(imp.status).toBe(200);
    expect(await imp.json()).toMatchObject({
      areas: 7,
      buurten: 5,
      wijken: 1,
      municipalities: ["Amsterdam"],
    });
    // Importing again replaces, never doubles.
    await coop("POST", "/api/planning/scan/import", { year: 2023, csv: fixture("kwb-2023.csv") });
    await coop("POST", "/api/planning/scan/import", { year: 2024, csv: fixture("kwb-2024.csv") });

    const centres = await (
      await coop("POST", "/api/planning/scan/centres", {
        file: "centres.csv",
        csv: fixture("centres-2023.csv"),
      })
    ).json();
    expect(centres).toEqual({ stored: 5, unknown: [{ line: 7, code: "BU03639499" }] });
    const shapes = await (
      await coop("POST", "/api/planning/scan/shapes", { geojson: fixture("shapes-2023.geojson") })
    ).json();
    expect(shapes).toMatchObject({ stored: 4, skipped: 0, unknown: [] });

    const scan = await (await coop("GET", "/api/planning/scan?year=2023&municipality=Amsterdam")).json();
    expect(scan.years.map((y: { year: number }) => y.year)).toEqual([2024, 2023]);
    expect(scan.rows).toHaveLength(6); // the gemeente row is left out
    expect(scan.rows.find((r: { code: string }) => r.code === "BU03639400")).toMatchObject({
      scanClass: "thuisbuurt",
      vulnerable: 1700,
      hasCentre: true,
    });
    expect(scan.map.areas).toHaveLength(4);
    expect(scan.map.areas[0].path).toMatch(/^M[\d.,L]+Z$/);
    expect(scan.source).toContain("Bron: CBS");

    const near = await (await coop("GET", "/api/planning/scan/nearby?year=2023&code=BU03639400")).json();
    expect(near).toMatchObject({ vulnerable: 3600, enough: true, minimum: 1500 });
    const byPoint = await (
      await coop("GET", "/api/planning/scan/nearby?year=2023&lat=52.25&lon=4.96")
    ).json();
    expect(byPoint).toMatchObject({ vulnerable: 0, enough: false });
    const unknown = await coop("GET", "/api/planning/scan/nearby?year=2023&code=BU99999999");
    expect(unknown.status).toBe(404);

    const x = await coop("GET", "/api/planning/scan/export?year=2023");
    expect(x.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    const sheet = wb.getWorksheet("Buurtscan");
    expect(sheet?.getRow(2).getCell(1).value).toBe("Code");
    expect(sheet?.rowCount).toBe(2 + 6 + 1);
  });

  it("names the missing CBS columns and keeps others out", async () => {
    const bad = await coop("POST", "/api/planning/scan/import", {
      year: 2023,
      file: "kwb-missing.csv",
      csv: fixture("kwb-missing.csv"),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain(
      "PersonenPerSoortUitkeringAO, PersonenPerSoortUitkeringAOW",
    );
    const other = await send("GET", "/api/planning/scan", undefined, cookies["coord@x.nl"]);
    expect(other.status).toBe(403);
  });

  it("saves a business case by name and exports the offer", async () => {
    const t = await (await coop("GET", "/api/planning/scenarios/template?name=Kanaleneiland")).json();
    expect(t.result.full.finance.popular.total).toBe(242500);
    t.scenario.place = "Kanaleneiland";
    t.scenario.variants.full.financing.municipality = 70000;
    const saved = await coop("PUT", "/api/planning/scenarios", t.scenario);
    expect(saved.status).toBe(200);
    const back = await (await coop("GET", "/api/planning/scenarios/Kanaleneiland")).json();
    expect(back.scenario.variants.full.financing.municipality).toBe(70000);
    expect(back.result.full.finance.financing.balance).toBe(5000);
    expect(
      (await (await coop("GET", "/api/planning/scenarios")).json()).scenarios.map(
        (s: { name: string }) => s.name,
      ),
    ).toEqual(["Kanaleneiland"]);
    const docx = await coop("GET", "/api/planning/scenarios/Kanaleneiland/offer?format=docx");
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const pdf = await coop("GET", "/api/planning/scenarios/Kanaleneiland/offer?format=pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
    expect((await coop("GET", "/api/planning/scenarios/Onbekend")).status).toBe(404);
  });

  it("saves a multi-year plan and exports its tables", async () => {
    const fresh = await (await coop("GET", "/api/planning/plans/Utrecht?referenceYear=2024")).json();
    expect(fresh).toMatchObject({ saved: false, figures: { years: [2024, 2025, 2026, 2027] } });
    const plan = {
      ...fresh.plan,
      existing: { label: "Bestaande kamers", rooms: 3, costs: [342000, 350000, 358000, 367000] },
      newRooms: [
        { label: "Kanaleneiland", startYear: 2026, variant: "light", costFirstYear: 80000, costAfter: 73000 },
      ],
      volunteers: [100, 110, 130, 140],
      participants: [1200, 1300, 1500, 1600],
      financing: {
        municipality: [200000, 210000, 260000, 260000],
        housing_corporation: [142000, 140000, 178000, 180000],
      },
    };
    const saved = await coop("PUT", "/api/planning/plans", plan);
    expect(saved.status).toBe(200);
    const back = await (await coop("GET", "/api/planning/plans/Utrecht")).json();
    expect(back.saved).toBe(true);
    expect(back.figures.rooms).toEqual([3, 3, 4, 4]);
    expect(back.figures.totalCosts).toEqual([342000, 350000, 438000, 440000]);
    expect(back.figures.balance).toEqual([0, 0, 0, 0]);
    const x = await coop("GET", "/api/planning/plans/Utrecht/export?format=xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Document", "Resultaat", "Kosten", "Financiering"]);
    expect(wb.getWorksheet("Kosten")?.getRow(3).getCell(2).value).toBe(342000);
    const pdf = await coop("GET", "/api/planning/plans/Utrecht/export?format=pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
    expect((await coop("GET", "/api/planning/plans/Elders/export")).status).toBe(404);
  });

  it("keeps a learning plan per room and year and puts it in the annual report", async () => {
    await coop("POST", "/api/rooms/a/finance/budget/start", {
      year: 2023,
      start: { from: "template", template: "full" },
    });
    const put = await coop("PUT", "/api/rooms/a/planning/learning/2023", {
      learned: "Vrijwilligers willen vaker samen leren.",
      results: "Twee nieuwe groepen.",
      goals: "Een taalcafé.",
      trainings: "Training omgaan met schulden.",
      partnerMeeting: "Overleg in november met buurtteam en corporatie.",
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ plan: { goals: "Een taalcafé." }, trainingBudget: 1500 });
    const doc = await (await coop("GET", "/api/reports/preview?kind=annual&rooms=a&year=2023")).json();
    const texts = doc.blocks.map((b: { text?: string }) => b.text);
    const at = texts.indexOf("Ontwikkeling: leren en evalueren");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at)).toEqual(
      expect.arrayContaining([
        "Kamer A",
        "Training omgaan met schulden.",
        "Begroot onder D4 (training) in 2023: € 1.500.",
      ]),
    );
    // The agreement and other years stay without the section.
    const other = await (await coop("GET", "/api/reports/preview?kind=annual&rooms=a&year=2022")).json();
    expect(other.blocks.some((b: { text?: string }) => b.text === "Ontwikkeling: leren en evalueren")).toBe(
      false,
    );
  });
});
