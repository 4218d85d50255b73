import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { login, newPage, startTestApp, type TestApp } from "./support/app";
import { axeSerious } from "./support/axe";

const COORDINATOR = "coordinator@demo.buurtboek.nl";

/** Serious and critical axe violations (injected through the debugging protocol: the CSP refuses inline scripts). */

describe("two-step verification: enrolment, then login with a code (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("asks through a banner, enrols with a QR code and a code, then asks the code at login", async () => {
    const { context, page } = await newPage(app);
    await login(page, COORDINATOR);
    const banner = page.getByRole("region", { name: "Tweestapsverificatie" });
    await banner.waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await banner.getByRole("link", { name: "Zet tweestapsverificatie aan" }).click();
    await page.getByRole("heading", { name: "Tweestapsverificatie" }).waitFor();
    // The QR code is drawn locally as SVG; the secret is shown in groups of four.
    await page.getByRole("img", { name: "QR-code voor je authenticator-app" }).waitFor();
    const shown = (await page.getByTestId("totp-secret").textContent()) ?? "";
    expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(await axeSerious(page)).toEqual([]);
    const secret = shown.replace(/\s/g, "");
    const enrolCode = totp(base32Decode(secret), new Date());
    await page.getByLabel("Vul de code van 6 cijfers in").fill(enrolCode);
    await page.getByRole("button", { name: "Zet aan" }).click();
    await page.getByRole("status").filter({ hasText: "tweestapsverificatie staat aan" }).waitFor();
    // Elsewhere the banner is gone too: it shows only once the server says "not enrolled".
    const stateLoaded = page.waitForResponse((r) => r.url().endsWith("/api/me/two-factor"));
    await page.goto("/rooms/cjm/dashboard");
    await stateLoaded;
    await page.getByRole("heading", { name: /Dashboard/ }).waitFor();
    expect(await banner.count()).toBe(0);
    const state = await page.request.get("/api/me/two-factor");
    expect(await state.json()).toEqual({ enrolled: true, expected: true });

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL("**/login");
    await page.getByLabel("E-mailadres").fill(COORDINATOR);
    await page.getByLabel("Wachtwoord").fill("demo-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const codeField = page.getByLabel("Code uit je authenticator-app");
    await codeField.waitFor();
    // The code used to switch it on does not open a session.
    await codeField.fill(enrolCode);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /al gebruikt|klopt niet/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    // The app's next code does.
    await codeField.fill(totp(base32Decode(secret), new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    const me = await (await page.request.get("/api/me")).json();
    expect(me.email).toBe(COORDINATOR);
    await context.close();
  });

  it("lets the cooperative disable an account on the Beheer page, which ends its session at once", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    const rooms = (await (await page.request.get("/api/rooms")).json()).rooms as { id: string }[];
    await page.goto(`/rooms/${rooms[0].id}/organisation`);
    const email = "balie.cjm@demo.buurtboek.nl";
    const desk = await newPage(app);
    await login(desk.page, email);
    expect((await desk.page.request.get("/api/me")).status()).toBe(200);
    await page.getByRole("button", { name: `Wijzig ${email}` }).click();
    const form = page.getByRole("form", { name: `Account wijzigen: ${email}` });
    expect(await axeSerious(page)).toEqual([]);
    await form.getByLabel("Account uitgezet").check();
    await form.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "opnieuw inloggen" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: email });
    // The table reloads after the message: wait for the row to say it.
    await row.getByRole("cell", { name: "uitgezet", exact: true }).waitFor();
    // The desk's session has ended at once.
    expect((await desk.page.request.get("/api/me")).status()).toBe(401);
    const log = await (await page.request.get("/api/audit-log?action=user_disabled")).json();
    expect(log.entries.length).toBe(1);
    // The audit log says it in words.
    await page.goto(`/rooms/${rooms[0].id}/audit-log`);
    await page.getByRole("cell", { name: "Account uitgezet" }).first().waitFor();
    await page.getByRole("cell", { name: "Sessies gestopt" }).first().waitFor();
    await desk.context.close();
    await context.close();
  });
});
