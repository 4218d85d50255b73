import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xlsxSheets } from "../documents/read-back";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

describe("documents page: a funder downloads only its rooms' report (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it("offers the funder its funded rooms only, and the downloaded annual report holds just those", async () => {
    const { context, page } = await newPage(app);
    await login(page, "gemeente.amsterdam@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/documents");
    await page.getByRole("heading", { name: "Documenten voor financiers en bestuur" }).waitFor();
    const offered = await page
      .locator('input[name="room"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(offered.sort()).toEqual(["cjm", "handreiking", "multibron"]);
    // Staff actions are not there for a funder.
    expect(await page.getByRole("button", { name: "Definitief maken" }).count()).toBe(0);

    for (const id of offered) await page.locator(`input[name="room"][value="${id}"]`).check();
    await page.locator('select[name="format"]').selectOption("xlsx");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jaarrapportage-\d{4}-cjm-handreiking-multibron\.xlsx$/);
    const sheets = await xlsxSheets(readFileSync((await download.path()) as string));
    const overview = sheets.get("Overzicht")!.map((r) => r.values[0]);
    expect(overview).toContain("Casa Jepie Makandra");
    expect(overview).not.toContain("TOP");
    expect([...sheets.keys()].filter((n) => n.startsWith("Prestaties ")).sort()).toEqual([
      "Prestaties cjm",
      "Prestaties handreiking",
      "Prestaties multibron",
      "Prestaties totaal",
    ]);

    // A room the funder does not fund is refused, also when asked for directly.
    const refused = await page.request.get(
      "/api/reports/document?kind=annual&rooms=cjm,top&year=2025&format=pdf",
    );
    expect(refused.status()).toBe(404);
    expect((await refused.json()).error.message).toContain("top");
    await context.close();
  }, 120_000);
});
