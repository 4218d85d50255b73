import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, PHONE, startTestApp, type TestApp } from "./support/app";

describe("login, room switcher and logout (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("sends an unauthenticated visitor to the Dutch login page", async () => {
    const { context, page } = await newPage(app);
    await page.goto("/rooms/cjm");
    await page.waitForURL("**/login");
    await expect(page.getByRole("heading", { name: /Buurtboek/ }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: "Inloggen" }).count()).toBe(1);
    await context.close();
  });

  it("says the same for a wrong password and an unknown email", async () => {
    const { context, page } = await newPage(app);
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("coordinator@demo.buurtboek.nl");
    await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const wrongPassword = await alert.textContent();
    await page.getByLabel("E-mailadres").fill("niemand@example.org");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForTimeout(300);
    expect(await page.getByRole("alert").textContent()).toBe(wrongPassword);
    expect(wrongPassword).toContain("klopt niet");
    await context.close();
  });

  it("logs the coordinator in, switches room and logs out", async () => {
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm");
    await page.getByRole("heading", { name: "Casa Jepie Makandra" }).waitFor();
    await page.getByLabel("Kamer").first().selectOption("multibron");
    await page.getByRole("heading", { name: "MultiBron" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/rooms/multibron");
    // A room of another coordinator is not visible.
    const res = await page.request.get("/api/rooms/top");
    expect(res.status()).toBe(404);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL("**/login");
    await page.goto("/rooms/cjm");
    await page.waitForURL("**/login");
    await context.close();
  });

  it("fits a 360 px phone without horizontal scrolling", async () => {
    const { context, page } = await newPage(app, PHONE);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm");
    await page.getByRole("heading", { name: "Casa Jepie Makandra" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
