import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

const COORDINATOR = "coordinator@demo.buurtboek.nl";

describe("two-step verification required: straight to enrolment, then on as usual (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ twoFactor: "required" });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("sends a coordinator without a second factor to enrolment, with no menu, then to the dashboard", async () => {
    const { context, page } = await newPage(app);
    await login(page, COORDINATOR);
    await page.waitForURL("**/two-factor");
    await page.getByRole("heading", { name: "Tweestapsverificatie" }).waitFor();
    await page.getByText("Voor coördinatoren en de coöperatie is tweestapsverificatie verplicht").waitFor();
    // No menu and no room switcher: only the way out.
    expect(await page.getByRole("navigation", { name: "Menu" }).count()).toBe(0);
    expect(await page.getByRole("combobox").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    // Typing another address leads back to enrolment.
    await page.goto("/rooms/cjm/dashboard");
    await page.waitForURL("**/two-factor");
    const refused = await page.request.get("/api/rooms");
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("security.two_factor_required");

    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel("Vul de code van 6 cijfers in").fill(totp(base32Decode(secret), new Date()));
    await page.getByRole("button", { name: "Zet aan" }).click();
    // The same session goes on: the coordinator's home, with the menu.
    await page.waitForURL("**/rooms/*/dashboard");
    await page.getByRole("heading", { name: /Dashboard/ }).waitFor();
    await page.getByRole("navigation", { name: "Menu" }).waitFor();
    expect((await (await page.request.get("/api/me")).json()).twoFactorRequired).toBe(false);

    // The cooperative turns the factor off (a lost phone) while the coordinator is signed in: the
    // next answer of the server (403 with the code) takes the app back to enrolment.
    await app.db.query("UPDATE users SET totp_secret = NULL WHERE email = $1", [COORDINATOR]);
    await page.locator("label.room-switcher select").selectOption("multibron");
    await page.waitForURL("**/two-factor");
    await page.getByText("Voor coördinatoren en de coöperatie is tweestapsverificatie verplicht").waitFor();
    await context.close();
  });

  it("leaves the desk's start page as it was", async () => {
    const { context, page } = await newPage(app);
    await login(page, "balie.cjm@demo.buurtboek.nl");
    await page.waitForURL("**/rooms/cjm/today");
    expect(new URL(page.url()).pathname).not.toBe("/two-factor");
    await context.close();
  });
});
