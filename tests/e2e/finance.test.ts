import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

describe("finance page (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("lets the cooperative read the budget ratios and write petty cash with the € 250 warning", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/finance");
    await page.getByRole("heading", { name: "Financiën Casa Jepie Makandra" }).waitFor();
    await page.getByRole("heading", { name: "Begroting", exact: true }).waitFor();
    expect(await page.getByText("Social return (B als deel van totaal)").count()).toBe(1);
    expect(await page.getByRole("heading", { name: /Populaire investering/ }).count()).toBe(1);

    const year = new Date().getFullYear();
    const form = page.getByRole("form", { name: "In handgeldboek schrijven" });
    await form.getByLabel("Datum").fill(`${year}-01-15`);
    await form.getByLabel("Bedrag (€)").fill("260,50");
    await form.getByLabel("Soort uitgave").selectOption("catering");
    await form.getByRole("button", { name: "In handgeldboek schrijven" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("meer dan € 250");
    await page.getByText("⚠ meer dan € 250").first().waitFor();

    // A budget line with an unknown category is refused with a clear message.
    const line = page.getByRole("form", { name: "Regel toevoegen" });
    await line.getByLabel("Code").fill("F1");
    await line.getByLabel("Bedrag (€)").fill("100");
    await line.getByRole("button", { name: "Regel toevoegen" }).click();
    await page.getByText(/onbekende categorie/).waitFor();

    // Changing a line: its amount moves the total.
    const a1 = page.getByRole("row").filter({ hasText: /^A1/ }).first();
    await a1.getByRole("button", { name: "Wijzigen" }).click();
    expect(await line.getByLabel("Code").inputValue()).toBe("A1");
    await line.getByLabel("Bedrag (€)").fill("99.999");
    await line.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("cell", { name: "€ 99.999" }).waitFor();
    await context.close();
  });

  it("shows a coordinator the same page read-only", async () => {
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/finance");
    await page.getByRole("heading", { name: "Financiën Casa Jepie Makandra" }).waitFor();
    await page.getByText("Alleen de coöperatie kan ze veranderen.").waitFor();
    expect(await page.getByRole("form", { name: "Regel toevoegen" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Aandeel woningcorporaties" }).count()).toBe(1);
    await context.close();
  });
});
