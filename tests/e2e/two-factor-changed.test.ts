import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { login, newPage, PHONE, startTestApp, type TestApp } from "./support/app";
import { axeSerious } from "./support/axe";

const OWNER = "coordinator@demo.buurtboek.nl";
const COOPERATIVE = "cooperatie@demo.buurtboek.nl";
const headers = { "x-buurtboek": "1" };

// Issue 20 (1): a lost phone goes through the cooperative, which confirms with its own password
// (and code, when it has one); the owner is told at the next login.
describe("a second factor reset by the cooperative (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("asks the cooperative's password, then tells the owner at the next login", async () => {
    // The owner has a second factor (enrolled through the API).
    const owner = await newPage(app);
    await login(owner.page, OWNER);
    const { secret } = await (await owner.page.request.post("/api/me/two-factor/new", { headers })).json();
    const on = await owner.page.request.post("/api/me/two-factor", {
      headers,
      data: { secret, code: totp(base32Decode(secret), new Date()) },
    });
    expect(on.status()).toBe(200);
    await owner.context.close();

    const { context, page } = await newPage(app);
    await login(page, COOPERATIVE);
    const rooms = (await (await page.request.get("/api/rooms")).json()).rooms as { id: string }[];
    await page.goto(`/rooms/${rooms[0].id}/organisation`);
    await page.getByRole("button", { name: `Wijzig ${OWNER}` }).click();
    const form = page.getByRole("form", { name: `Account wijzigen: ${OWNER}` });
    await form.getByLabel("Tweestapsverificatie uitzetten").check();
    // A wrong password changes nothing.
    await form.getByLabel("Uw wachtwoord").fill("niet-het-wachtwoord");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("alert").filter({ hasText: "wachtwoord" }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/issue20-reset-1024.png", fullPage: true });
    await form.getByLabel("Uw wachtwoord").fill("demo-wachtwoord");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "opnieuw inloggen" }).waitFor();
    await context.close();

    for (const viewport of [PHONE, undefined]) {
      const again = await newPage(app, viewport);
      await login(again.page, OWNER);
      const notice = again.page.getByRole("alertdialog", { name: "Tweestapsverificatie gewijzigd" });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(
        /Uw tweestapsverificatie is gewijzigd op \d{1,2} \w+ 20\d\d/,
      );
      expect(await axeSerious(again.page)).toEqual([]);
      await again.page.screenshot({
        path: `/tmp/issue20-notice-${viewport ? "360" : "1024"}.png`,
        fullPage: true,
      });
      if (viewport) {
        await again.context.close();
        continue;
      }
      await notice.getByRole("button", { name: "Gelezen" }).click();
      await notice.waitFor({ state: "detached" });
      // Read once: the next login goes straight on.
      expect((await (await again.page.request.get("/api/me")).json()).twoFactorChangedAt).toBeNull();
      expect((await (await again.page.request.get("/api/me/two-factor")).json()).enrolled).toBe(false);
      await again.context.close();
    }
    const log = await app.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM audit_log WHERE action IN ('totp_reset', 'confirm_failed')",
    );
    expect(Number(log[0].n)).toBe(2);
  });
});
