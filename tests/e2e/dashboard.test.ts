import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/domain/indicators/definitions";
import { todayInAmsterdam } from "../../src/domain/shared/dates";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

interface DashboardJson {
  as_of: string | null;
  indicators: Record<string, { value: number | string | null; target: number | null }>;
}

const year = Number(todayInAmsterdam().slice(0, 4));
const nl = (n: number) => Math.round(n).toLocaleString("nl-NL");

async function dashboardJson(page: Page, room: string, y: number): Promise<DashboardJson> {
  const res = await page.request.get(`/api/rooms/${room}/dashboard?year=${y}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as DashboardJson;
}

const cell = (page: Page, indicator: string, n: number) =>
  page.locator(`.dashboard-table tr[data-indicator="${indicator}"] > *`).nth(n);

describe("dashboard, targets, surveys and import screens (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  }, 120_000);

  it("the coordinator sees cjm's figures against targets, switches year and edits a target", async () => {
    const { page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page
      .getByRole("link", { name: /Dashboard/ })
      .first()
      .click();
    await page.getByRole("heading", { name: /^Dashboard Casa Jepie Makandra/ }).waitFor();
    await page.locator(".dashboard-table").waitFor();

    // The screen shows the engine's figures: value and target of the total of unique participants.
    const json = await dashboardJson(page, "cjm", year);
    const total = json.indicators["process.total"];
    expect(typeof total.value).toBe("number");
    expect(total.value as number).toBeGreaterThan(0);
    expect(await cell(page, "process.total", 1).locator("strong").textContent()).toBe(
      nl(total.value as number),
    );
    expect(await cell(page, "process.total", 2).textContent()).toBe(nl(total.target as number));
    // Named vs estimated, the housing mark and the legend, and the growth chart's table alternative.
    expect(
      await page.locator('.dashboard-table tr[data-indicator="process.forms"] .housing-mark').count(),
    ).toBe(1);
    await page.getByText("= van belang voor woningcorporaties").waitFor();
    await page.getByRole("heading", { name: "Groei op de ladder dit jaar" }).waitFor();
    // A calm status word, never an alarm.
    const status = await cell(page, "process.total", 3).textContent();
    expect(status).toMatch(/gehaald|op koers|nog niet/);

    // Another year: the address and the period follow.
    await page.getByLabel("Jaar").selectOption(String(year - 1));
    await page.waitForURL(/year=\d{4}/);
    await page.getByText(`Cijfers tot en met ${year - 1}-12-31.`).waitFor();
    const past = await dashboardJson(page, "cjm", year - 1);
    const pastTotal = past.indicators["process.total"].value as number;
    await page.locator(".dashboard-table").waitFor();
    expect(await cell(page, "process.total", 1).locator("strong").textContent()).toBe(nl(pastTotal));

    // Targets: set an own target for the total, and see it on the dashboard.
    await page.goto(`/rooms/cjm/targets?year=${year}`);
    await page.getByRole("heading", { name: /^Streefcijfers/ }).waitFor();
    const row = page.locator('.targets-table tr[data-indicator="process.total"]');
    await row.getByRole("combobox").selectOption("number");
    await row.getByLabel("Getal").fill("123");
    await row.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "Opgeslagen." }).waitFor();
    await page.locator('.targets-table tr[data-indicator="process.total"] .own-target strong').waitFor();
    expect(
      await page.locator('.targets-table tr[data-indicator="process.total"] .own-target').textContent(),
    ).toBe("123");
    await page.goto(`/rooms/cjm/dashboard?year=${year}`);
    await page.locator(".dashboard-table").waitFor();
    expect(await cell(page, "process.total", 2).textContent()).toBe("123");
    // And back to the preset.
    await page.goto(`/rooms/cjm/targets?year=${year}`);
    const again = page.locator('.targets-table tr[data-indicator="process.total"]');
    await again.getByRole("combobox").selectOption("preset");
    await again.getByRole("button", { name: "Opslaan" }).click();
    await page.locator('.targets-table tr[data-indicator="process.total"] .own-target .muted').waitFor();
    expect((await dashboardJson(page, "cjm", year)).indicators["process.total"].target).toBe(total.target);
  }, 120_000);

  it("the board sees its own room's dashboard but not another room's", async () => {
    const { page } = await newPage(app);
    await login(page, "bestuur.cjm@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/dashboard");
    await page.locator(".dashboard-table").waitFor();
    expect(await page.locator(".dashboard-table tr[data-indicator]").count()).toBe(INDICATORS.length);

    await page.goto("/rooms/multibron/dashboard");
    await page.locator(".dashboard .error").waitFor();
    expect(await page.locator(".dashboard-table").count()).toBe(0);
    expect((await page.request.get(`/api/rooms/multibron/dashboard?year=${year}`)).status()).toBe(404);
  }, 120_000);

  it("the cooperative sees chosen rooms together, a resident counted once", async () => {
    const { page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/dashboard/all");
    await page.getByRole("heading", { name: "Dashboard van de coöperatie" }).waitFor();
    await page.locator(".dashboard-table").waitFor();
    await page.getByRole("checkbox", { name: "Casa Jepie Makandra" }).check();
    await page.getByRole("checkbox", { name: "MultiBron" }).check();
    const loaded = page.waitForResponse(
      (r) => r.url().includes("/api/dashboard?") && r.url().includes("rooms=cjm,multibron"),
    );
    await page.getByRole("button", { name: "Toon" }).click();
    await loaded;
    const res = await page.request.get(`/api/dashboard?year=${year}&rooms=cjm,multibron`);
    const both = (await res.json()) as DashboardJson;
    expect(both.indicators["process.total"].value as number).toBeGreaterThan(0);
    await page.locator(".dashboard-table").waitFor();
    expect(await cell(page, "process.total", 1).locator("strong").textContent()).toBe(
      nl(both.indicators["process.total"].value as number),
    );
  }, 120_000);

  it("the coordinator records a paper survey of counted forms", async () => {
    const count = async () =>
      (
        await app.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM survey_answers WHERE room_id = 'cjm' AND survey = 'participants'",
        )
      )[0].n;
    const before = await count();
    const { page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/surveys");
    const form = page.getByRole("form", { name: "Papieren enquêtes invoeren" });
    const confidence = form.getByRole("group", { name: "Meer vertrouwen in eigen kunnen" });
    await confidence.getByLabel("Aantal ja").fill("3");
    await confidence.getByLabel("Aantal nee").fill("1");
    const pleasant = form.getByRole("group", { name: "Prettiger wonen in de buurt" });
    await pleasant.getByLabel("Aantal ja").fill("2");
    await pleasant.getByLabel("Aantal nee").fill("2");
    await form.getByRole("button", { name: "Enquêtes opslaan" }).click();
    await form.getByText("8 antwoorden opgeslagen.").waitFor();
    expect(await count()).toBe(before + 8);

    // An impact interview: a percentage over 100 is refused in Dutch, a good one is listed.
    const impact = page.getByRole("form", { name: "Impactinterview vastleggen" });
    await impact.getByLabel("Soort").selectOption("nuisance_pct");
    await impact.getByLabel("Waarde").fill("150");
    await impact.getByRole("button", { name: "Interview opslaan" }).click();
    await impact.getByRole("alert").waitFor();
    await impact.getByLabel("Waarde").fill("12");
    await impact.getByLabel("Notitie (geen namen)").fill("Minder klachten over de galerij");
    await impact.getByRole("button", { name: "Interview opslaan" }).click();
    await impact.getByRole("cell", { name: "Minder klachten over de galerij" }).waitFor();
    const [stored] = await app.db.query<{ kind: string; value: number }>(
      "SELECT kind, value FROM impacts WHERE room_id = 'cjm' AND note = 'Minder klachten over de galerij'",
    );
    expect(stored).toEqual({ kind: "nuisance_pct", value: 12 });
  }, 120_000);

  it("the desk tablet survey reads right to left in Arabic and stores one anonymous questionnaire", async () => {
    const count = async () =>
      (
        await app.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM survey_answers WHERE room_id = 'cjm'",
        )
      )[0].n;
    const before = await count();
    const { page } = await newPage(app);
    await login(page, "balie.cjm@demo.buurtboek.nl");
    await page.getByRole("link", { name: /Enquête/ }).click();
    await page.getByRole("button", { name: "العربية" }).click();
    const survey = page.getByTestId("desk-survey");
    expect(await survey.getAttribute("dir")).toBe("rtl");
    expect(await survey.getAttribute("lang")).toBe("ar");
    expect(await survey.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await page.getByRole("button", { name: "نعم" }).click();
    await page.getByText("السؤال 2 من 2").waitFor();
    await page.getByRole("button", { name: "لا" }).click();
    await page.getByText("شكراً لك!").waitFor();
    expect(await count()).toBe(before + 2);
    // Back to the start for the next person, in Dutch.
    await page.getByRole("button", { name: "الشخص التالي" }).click();
    await page.getByText("Vraag 1 van 2").waitFor();
    expect(await survey.getAttribute("dir")).toBe("ltr");
  }, 120_000);

  it("the import page shows a rejected row with its line and field and imports nothing; an .xlsx is checked, stored and stored again idempotently", async () => {
    const visits = async () =>
      (await app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM visits"))[0].n;
    const before = await visits();
    const { page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.getByRole("tab", { name: "Beheer" }).click();
    await page.getByRole("link", { name: /Importeren/ }).click();
    await page.getByRole("heading", { name: "Gegevens importeren" }).waitFor();
    const csv = [
      "date,room,activity_type,count",
      `${year}-01-15,cjm,social,3`,
      `31-02-${year},cjm,social,2`,
      `${year}-01-16,cjm,language,4`,
    ].join("\n");
    // Two CSV files of one bundle (rooms.csv is required); only the date on line 3 is wrong.
    const rooms = "room;name\ncjm;Casa Jepie Makandra\n";
    await page.getByLabel("Bestanden").setInputFiles([
      { name: "rooms.csv", mimeType: "text/csv", buffer: Buffer.from(rooms, "utf8") },
      { name: "visits.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") },
    ]);
    await page.getByRole("button", { name: "Importeren" }).click();
    await page.getByText("Er is niets opgeslagen.").waitFor();
    const rows = page.locator(".rejected-table tbody tr");
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator("td").allTextContents();
    expect(cells.slice(0, 3)).toEqual(["visits.csv", "3", "date"]);
    expect(cells[3]).toContain(`31-02-${year}`);
    expect(await page.locator("progress").getAttribute("value")).toBe("100");
    // Counts per file: what would have been stored had the bundle been clean.
    await page.getByRole("cell", { name: "visits", exact: true }).waitFor();
    expect(await visits()).toBe(before);

    // The same rows without the bad one, as one .xlsx workbook, checked only: nothing stored.
    const [room] = await app.db.query<{
      name: string;
      city: string | null;
      variant: string;
      opened: string | null;
    }>("SELECT name, city, variant, opened FROM rooms WHERE id = 'cjm'");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("rooms").addRows([
      ["room", "name", "city", "variant", "opened"],
      ["cjm", room.name, room.city, room.variant, room.opened],
    ]);
    wb.addWorksheet("visits").addRows([
      ["date", "room", "activity_type", "count"],
      [`${year}-01-15`, "cjm", "social", 3],
      [`${year}-01-16`, "cjm", "language", 4],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const xlsxFile = {
      name: "bundel.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: xlsx,
    };
    await page.getByLabel("Bestanden").setInputFiles(xlsxFile);
    await page.getByLabel("Alleen controleren (niets opslaan)").check();
    await page.getByRole("button", { name: "Controleren" }).click();
    await page.getByText("Controle klaar. Er is niets opgeslagen.").waitFor();
    await page.getByText("Geen afgekeurde regels.").waitFor();
    expect(await visits()).toBe(before);

    // Stored for real, then once more: the second time every row is already there.
    await page.getByLabel("Alleen controleren (niets opslaan)").uncheck();
    await page.getByRole("button", { name: "Importeren" }).click();
    await page.getByText("Opgeslagen.", { exact: true }).waitFor();
    expect(await visits()).toBe(before + 2);
    await page.getByLabel("Bestanden").setInputFiles(xlsxFile);
    await page.getByRole("button", { name: "Importeren" }).click();
    await page.getByText(/regels stonden er al/).waitFor();
    expect(await visits()).toBe(before + 2);
  }, 120_000);
});
