import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

const fixture = (name: string) => join(__dirname, "../fixtures/cbs", name);

describe("planning screens (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("imports a CBS table, filters and sorts the scan, reports unknown centres, counts 1.5 km, draws the map", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/planning/scan");
    await page.getByRole("heading", { name: /Buurtscan/ }).waitFor();
    await page.getByLabel("Jaar").first().fill("2023");
    await page.getByTestId("cbs-file").setInputFiles(fixture("kwb-2023.csv"));
    await page.getByText("7 buurten en wijken ingelezen (Amsterdam).").waitFor();
    await page.getByRole("cell", { name: "BU03639400" }).first().waitFor();
    expect(await page.getByText("Bron: CBS").count()).toBeGreaterThan(0);

    // Filter on class: only the thuisbuurt remains.
    await page.getByLabel("Buurttype").selectOption("thuisbuurt");
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.getByLabel("Buurttype").selectOption("");
    // Sort by inhabitants, largest first: the wijk (20,000) leads.
    await page.getByRole("button", { name: "Inwoners" }).click();
    expect(await page.locator("tbody tr").first().locator("td").first().textContent()).toBe("WK036394");

    await page.getByTestId("centres-file").setInputFiles(fixture("centres-2023.csv"));
    await page.getByText(/BU03639499 \(regel 7\)/).waitFor();
    await page.getByTestId("shapes-file").setInputFiles(fixture("shapes-2023.geojson"));
    await page.getByText("4 buurtvormen opgeslagen; 0 onbekende codes overgeslagen.").waitFor();
    // The map is drawn after the scan reloads: wait for it rather than count at once.
    await page.locator(".scan-map path").nth(3).waitFor();
    expect(await page.locator(".scan-map path").count()).toBe(4);

    await page
      .getByRole("row")
      .filter({ hasText: "BU03639400" })
      .getByRole("button", { name: "Tel binnen 1,5 km" })
      .click();
    await page.getByText("3.600 kwetsbare bewoners: genoeg (minstens 1.500).").waitFor();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download als Excel" }).click();
    expect((await download).suggestedFilename()).toBe("buurtscan-2023.xlsx");
    await context.close();
  });

  it("shows the business case from the templates, saves it and offers the document", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/planning/business-case");
    await page.getByRole("heading", { name: "Businesscase voor een nieuwe buurtwerkkamer" }).waitFor();
    expect(await page.getByTestId("budget-light").textContent()).toMatch(/73\.000/);
    expect(await page.getByTestId("popular-full_start").textContent()).toMatch(/215\.000/);
    expect(await page.getByTestId("popular-full").textContent()).toMatch(/242\.500/);
    await page.getByLabel("Naam scenario").fill("Kanaleneiland");
    await page.getByLabel("Aantal vrijwilligers – Light").fill("20");
    expect(await page.getByTestId("popular-light").textContent()).toMatch(/146\.500/);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Scenario Kanaleneiland opgeslagen.").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Aanbod DOCX" }).click();
    expect((await download).suggestedFilename()).toBe("aanbod-Kanaleneiland.docx");
    await context.close();
  });

  it("builds a multi-year plan with a new room, saves it and exports it", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/planning/multi-year");
    await page.getByLabel("Stad of coöperatie").fill("Amsterdam");
    await page.getByLabel("Referentiejaar").fill("2017");
    await page.getByRole("button", { name: "Openen" }).click();
    await page.getByLabel("Aantal bestaande kamers").fill("3");
    for (const [i, y] of [2017, 2018, 2019, 2020].entries()) {
      await page.getByLabel(`Bestaande buurtwerkkamers ${y}`).fill(i === 0 ? "285000" : "303000");
    }
    const form = page.getByRole("form", { name: "Nieuwe kamer" });
    await form.getByLabel("Nieuwe kamer").fill("Amsterdam Noord");
    await form.getByLabel("Startjaar").selectOption("2019");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    expect(await page.getByTestId("rooms-2").textContent()).toBe("4");
    expect(await page.getByTestId("costs-2").textContent()).toBe("412.000");
    expect(await page.getByTestId("costs-3").textContent()).toBe("404.000");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Meerjarenplan Amsterdam opgeslagen.").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "XLSX" }).click();
    expect((await download).suggestedFilename()).toBe("meerjarenplan-Amsterdam.xlsx");
    await context.close();
  });

  it("shows under the targets what the registrations realised in the past years", async () => {
    const lastYear = new Date().getFullYear() - 1;
    const people = await app.db.query<{ id: number }>(
      "SELECT id FROM people WHERE home_room = 'cjm' AND merged_into IS NULL ORDER BY id LIMIT 2",
    );
    for (const p of people) {
      await app.db.query(
        "INSERT INTO visits (room_id, date, activity_type, person_id) VALUES ('cjm', $1, 'social', $2)",
        [`${lastYear}-03-0${p === people[0] ? 1 : 2}`, p.id],
      );
    }
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/planning/multi-year");
    await page.getByLabel("Stad of coöperatie").fill("Realisatie Amsterdam");
    await page.getByLabel("Referentiejaar").fill(String(lastYear));
    await page.getByRole("button", { name: "Openen" }).click();
    await page.getByLabel("Gebied voor de realisatie").selectOption("Amsterdam");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Meerjarenplan Realisatie Amsterdam opgeslagen.").waitFor();
    await page.getByText(/Gerealiseerd volgens de registratie \(Amsterdam/).waitFor();
    expect(await page.getByTestId("real-rooms-0").textContent()).toBe("1");
    expect(await page.getByTestId("real-participants-0").textContent()).toBe("2");
    // This year is not over: no realisation yet.
    expect(await page.getByTestId("real-participants-1").textContent()).toBe("–");
    await context.close();
  });

  it("lets a coordinator write the room's learning plan", async () => {
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/planning/learning");
    await page.getByRole("heading", { name: "Leerplan en evaluatie" }).waitFor();
    await page.getByLabel("Doelen voor volgend jaar").fill("Een taalcafé op zaterdag.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Leerplan opgeslagen.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Leerplan en evaluatie" }).waitFor();
    await expect
      .poll(() => page.getByLabel("Doelen voor volgend jaar").inputValue())
      .toBe("Een taalcafé op zaterdag.");
    await context.close();
  });
});
