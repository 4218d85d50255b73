import type { APIRequestContext, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

/**
 * Stored XSS (issue 8): hostile strings are stored through the API wherever a user can type text
 * that others see, then the pages that show them are opened in chromium. A page passes when no
 * script ran (window.__xss stays undefined, no dialog), no element was injected (no on* handler,
 * no <img src=x>, no javascript: link), the CSP never had to block anything (so escaping, not only
 * the CSP, stopped it) and the text is shown literally.
 */
const HOSTILE = {
  img: "<img src=x onerror=window.__xss=1>",
  script: "<script>window.__xss=1</script>",
  svg: '"><svg onload=window.__xss=1>',
  js: "javascript:window.__xss=1//",
};
const ROOM = "cjm";
const today = new Date().toISOString().slice(0, 10);

async function post(request: APIRequestContext, path: string, data: unknown, method = "POST") {
  const res = await request.fetch(path, { method, data, headers: { "x-buurtboek": "1" } });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/** Records dialogs and CSP violations from the first script on, before the app runs. */
async function watch(context: BrowserContext) {
  const dialogs: string[] = [];
  context.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective}`));
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    return {
      xss: w.__xss,
      csp: w.__csp ?? [],
      injected: [...document.querySelectorAll("[onerror], [onload], img[src='x'], script:not([src])")].map(
        (e) => e.outerHTML.slice(0, 80),
      ),
      jsLinks: [...document.querySelectorAll("a[href]")]
        .map((a) => a.getAttribute("href") ?? "")
        .filter((h) => /^\s*javascript:/i.test(h)),
    };
  });
  expect({ where, ...state, dialogs }).toEqual({
    where,
    xss: undefined,
    csp: [],
    injected: [],
    jsLinks: [],
    dialogs: [],
  });
}

/** The hostile text is in the page as text (escaped), at least once (also in a list's <option>). */
async function expectShownLiterally(page: Page, text: string) {
  await page.waitForFunction((t) => document.body.textContent?.includes(t), text);
}

describe("stored XSS: hostile text is shown as text on every page (chromium)", { timeout: 180_000 }, () => {
  let app: TestApp;
  let personId: number;
  let referralId: number;
  let activityName: string;

  beforeAll(async () => {
    app = await startTestApp();
    // Stored through the API as the people who type it would: a coordinator and the cooperative.
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    const r = page.request;
    activityName = `${HOSTILE.img} Inloop`;
    const activity = await post(r, `/api/rooms/${ROOM}/activities`, { type: "social", name: activityName });
    const { person } = await post(r, `/api/rooms/${ROOM}/desk/people`, {
      key: `xss-person-${Date.now()}`,
      firstName: HOSTILE.script,
      consent: true,
      street: HOSTILE.svg,
      phone: HOSTILE.js,
      referredBy: HOSTILE.img,
      landlord: HOSTILE.svg,
      activityId: activity.id,
    });
    personId = person.id;
    await post(r, `/api/rooms/${ROOM}/desk/help-questions`, {
      personId,
      domains: ["poverty"],
      note: `${HOSTILE.img} ${HOSTILE.script}`,
    });
    const jobs = await post(r, `/api/rooms/${ROOM}/activities`, {
      type: "jobs",
      name: `${HOSTILE.svg} Klussen`,
    });
    await post(r, `/api/rooms/${ROOM}/desk/jobs`, {
      key: `xss-job-${Date.now()}`,
      activityId: jobs.id,
      kind: HOSTILE.svg,
      personId,
      note: HOSTILE.script,
    });
    const partner = await post(r, "/api/partners", {
      name: HOSTILE.svg,
      contactName: HOSTILE.script,
      rooms: [ROOM],
    });
    const referral = await post(r, `/api/rooms/${ROOM}/referrals`, {
      direction: "out",
      partnerId: partner.id ?? partner.partner?.id,
      personId,
      date: today,
      appointment: HOSTILE.js,
      accompaniedBy: HOSTILE.img,
    });
    referralId = referral.id ?? referral.referral?.id;
    await post(
      r,
      `/api/rooms/${ROOM}/stories`,
      { year: Number(today.slice(0, 4)), quarter: 0, text: HOSTILE.svg },
      "PUT",
    );
    await context.close();

    const coop = await newPage(app);
    await login(coop.page, "cooperatie@demo.buurtboek.nl");
    await post(coop.page.request, "/api/users", {
      email: "xss@example.org",
      name: HOSTILE.img,
      password: "een-goed-wachtwoord",
      role: "board",
      rooms: [ROOM],
    });
    await coop.context.close();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it("the desk's Today: a hostile activity and first name", async () => {
    const { context, page } = await newPage(app);
    const dialogs = await watch(context);
    await login(page, "balie.cjm@demo.buurtboek.nl");
    await page.waitForURL(`**/rooms/${ROOM}/today`);
    const tile = page
      .locator(".desk-tile")
      .filter({ has: page.locator(".desk-tile-name", { hasText: activityName }) });
    await expectShownLiterally(page, `${HOSTILE.svg} Klussen`);
    await tile.locator(".desk-tile-main").click();
    await expectShownLiterally(page, HOSTILE.script);
    await expectShownLiterally(page, HOSTILE.img);
    await expectNothingRan(page, dialogs, "desk today");
    await context.close();
  });

  it("the coordinator's people list, person page (with the read note), referrals, partners, dashboard and documents", async () => {
    const { context, page } = await newPage(app);
    const dialogs = await watch(context);
    await login(page, "coordinator@demo.buurtboek.nl");

    await page.goto(`/rooms/${ROOM}/people`);
    await expectShownLiterally(page, HOSTILE.script);
    await expectNothingRan(page, dialogs, "people list");

    await page.goto(`/rooms/${ROOM}/people/${personId}`);
    await expectShownLiterally(page, HOSTILE.script);
    await expectShownLiterally(page, HOSTILE.svg);
    await page
      .getByRole("button", { name: /Tekst lezen/ })
      .first()
      .click();
    await expectShownLiterally(page, `${HOSTILE.img} ${HOSTILE.script}`);
    await expectNothingRan(page, dialogs, "person page");

    await page.goto(`/rooms/${ROOM}/call-list`);
    await expectNothingRan(page, dialogs, "call list");

    await page.goto(`/rooms/${ROOM}/referrals`);
    await expectShownLiterally(page, HOSTILE.svg);
    await expectNothingRan(page, dialogs, "referrals list");
    await page.goto(`/rooms/${ROOM}/referrals/${referralId}`);
    await expectShownLiterally(page, HOSTILE.svg);
    await expectNothingRan(page, dialogs, "referral page");

    await page.goto(`/rooms/${ROOM}/partners`);
    await expectShownLiterally(page, HOSTILE.svg);
    await expectNothingRan(page, dialogs, "partners");

    await page.goto(`/rooms/${ROOM}`);
    await expectShownLiterally(page, HOSTILE.img);
    await expectNothingRan(page, dialogs, "room page");

    await page.goto(`/rooms/${ROOM}/dashboard`);
    await page.getByRole("heading", { name: /Dashboard/ }).waitFor();
    await expectNothingRan(page, dialogs, "dashboard");

    await page.goto(`/rooms/${ROOM}/documents`);
    await page.getByRole("button", { name: "Bekijken" }).click();
    await page.locator(".doc-preview").waitFor();
    await expectNothingRan(page, dialogs, "documents preview");
    await context.close();
  });

  it("the person's export as an HTML page escapes every field", async () => {
    const { context, page } = await newPage(app);
    const dialogs = await watch(context);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto(`/api/rooms/${ROOM}/people/${personId}/export?format=html`);
    await expectShownLiterally(page, HOSTILE.script);
    await expectShownLiterally(page, HOSTILE.svg);
    await expectNothingRan(page, dialogs, "person export html");
    await context.close();
  });

  it("the cooperative's Beheer page and audit log show a hostile account name as text", async () => {
    const { context, page } = await newPage(app);
    const dialogs = await watch(context);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto(`/rooms/${ROOM}/organisation`);
    await expectShownLiterally(page, HOSTILE.img);
    await expectNothingRan(page, dialogs, "organisation");
    await page.goto(`/rooms/${ROOM}/audit-log`);
    await page.getByRole("heading", { name: "Logboek" }).waitFor();
    await expectNothingRan(page, dialogs, "audit log");
    await context.close();
  });

  it("would notice an injection: the checks fail on a page where markup was inserted as HTML", async () => {
    const { context, page } = await newPage(app);
    const dialogs = await watch(context);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.evaluate((html) => document.body.insertAdjacentHTML("beforeend", html), HOSTILE.img);
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    const caught = await expectNothingRan(page, dialogs, "self-check").then(
      () => false,
      () => true,
    );
    expect(caught).toBe(true);
    // The CSP blocked the handler: it is the second wall, the escaping checked above is the first.
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await context.close();
  });

  it("sends a CSP that forbids inline scripts on the app and on the HTML export", async () => {
    const { context, page } = await newPage(app);
    for (const path of ["/", `/rooms/${ROOM}/today`, "/api/health"]) {
      const res = await page.request.get(path);
      const csp = res.headers()["content-security-policy"] ?? "";
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc.trim()).toBe("script-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("frame-ancestors 'none'");
    }
    await context.close();
  });
});
