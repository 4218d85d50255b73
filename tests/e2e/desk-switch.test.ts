import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, startTestApp, type TestApp } from "./support/app";
import { axeSerious } from "./support/axe";

const DESK = "balie.cjm@demo.buurtboek.nl";
const COORDINATOR = "coordinator@demo.buurtboek.nl";

async function cookie(context: BrowserContext, name: string) {
  return (await context.cookies()).find((c) => c.name === name);
}

// A shared desk tablet (issue 8): the desk signs in, a coordinator signs in for today on it,
// switches with a PIN, sees their own menu, and goes back to the desk.
describe("switching on a shared desk tablet (chromium)", { timeout: 120_000 }, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it("unlocks for today, switches with the PIN, shows the coordinator's menu and returns", async () => {
    const { context, page } = await newPage(app);
    await login(page, DESK);
    await page.waitForURL("**/rooms/cjm/today");
    const deskSession = (await cookie(context, "bb_session"))?.value;
    // The desk sees its short menu, no "Mensen" group.
    await expect(page.getByRole("tab", { name: "Mensen" }).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Wissel" }).click();
    await page.waitForURL("**/rooms/cjm/switch");
    await page.getByRole("heading", { name: "Wissel naar je eigen account" }).waitFor();
    await page.getByText("Vandaag is nog niemand aangemeld op deze tablet.").waitFor();

    await page.getByRole("button", { name: "Inloggen voor vandaag" }).click();
    await page.getByLabel("E-mailadres").fill(COORDINATOR);
    await page.getByLabel("Wachtwoord").fill("demo-wachtwoord");
    await page.getByLabel("Kies een pincode (4 tot 6 cijfers)").fill("2468");
    await page.getByLabel("Typ de pincode nog een keer").fill("2469");
    await page.getByRole("button", { name: "Inloggen en wisselen" }).click();
    await page.getByText("De twee pincodes zijn niet hetzelfde.").waitFor();
    await page.getByLabel("Typ de pincode nog een keer").fill("2468");
    await page.getByRole("button", { name: "Inloggen en wisselen" }).click();

    await page.waitForURL("**/rooms/cjm/dashboard");
    const bar = page.locator(".desk-switch-bar");
    await bar.getByText("Je werkt als Coördinator Zuidoost").waitFor();
    await page.getByRole("tab", { name: "Mensen" }).waitFor();
    const personal = await cookie(context, "bb_session");
    const desk = await cookie(context, "bb_desk");
    expect(personal?.value).not.toBe(deskSession);
    expect(desk?.value).toBeTruthy();
    expect(desk?.value).not.toBe(deskSession);
    expect(personal?.httpOnly && desk?.httpOnly && (await cookie(context, "bb_device"))?.httpOnly).toBe(true);

    await bar.getByRole("button", { name: "Terug naar balie" }).click();
    await page.waitForURL("**/rooms/cjm/today");
    await page.getByRole("button", { name: "Wissel" }).waitFor();
    expect(await bar.count()).toBe(0);
    expect(await cookie(context, "bb_desk")).toBeUndefined();
    const deskAgain = (await cookie(context, "bb_session"))?.value;
    expect([deskSession, personal?.value, desk?.value]).not.toContain(deskAgain);

    // Later that day: the name and the PIN are enough.
    await page.getByRole("button", { name: "Wissel" }).click();
    await page.getByRole("button", { name: "Coördinator Zuidoost" }).click();
    await page.getByRole("heading", { name: "Pincode van Coördinator Zuidoost" }).waitFor();
    for (const d of "2468") await page.getByRole("button", { name: d, exact: true }).click();
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole("button", { name: "OK", exact: true }).click();
    await page.waitForURL("**/rooms/cjm/dashboard");
    await bar.getByText("Je werkt als Coördinator Zuidoost").waitFor();
    expect((await cookie(context, "bb_session"))?.value).not.toBe(deskAgain);
    expect(await axeSerious(page)).toEqual([]);

    // "Uitloggen" while switched ends the switch, not the desk.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL("**/rooms/cjm/today");
    await page.getByRole("heading", { name: /Vandaag/ }).waitFor();
    await page.getByRole("button", { name: "Wissel" }).waitFor();
    expect(await cookie(context, "bb_desk")).toBeUndefined();
    await context.close();
  });
});
