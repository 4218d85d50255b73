import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, PHONE, startTestApp, TABLET, type TestApp } from "./support/app";
import { axeSerious } from "./support/axe";

const DESK = "balie.cjm@demo.buurtboek.nl";

// Axe runs and several screens per test: generous time on a busy 2-core machine.
describe("the desk (chromium, tablet and phone)", { timeout: 120_000 }, () => {
  let app: TestApp;
  const rows = <T>(sql: string, params: unknown[] = []) => app.db.query<T>(sql, params);

  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  async function openToday(viewport = TABLET) {
    const { context, page } = await newPage(app, viewport);
    await login(page, DESK);
    await page.waitForURL("**/rooms/cjm/today");
    await page.getByRole("heading", { name: /Vandaag/ }).waitFor();
    return { context, page };
  }

  /** The first tile of today that is not a jobs activity (those open the job form). */
  async function firstVisitTile(page: Page) {
    const first = page
      .locator(".desk-tile")
      .filter({ has: page.locator("button.desk-plus") })
      .first();
    const name = (await first.locator(".desk-tile-name").textContent()) ?? "";
    // Pinned by name: the "+1" button gives way to the first-time question once tapped.
    const tile = page
      .locator(".desk-tile")
      .filter({ has: page.locator(".desk-tile-name", { hasText: name }) });
    return { tile, name };
  }

  it("registers a known visitor in at most three taps, and undoes it with one", async () => {
    const { context, page } = await openToday();
    const before = (
      await rows<{ n: number }>("SELECT count(*)::int AS n FROM visits WHERE source_key LIKE 'desk:%'")
    )[0].n;
    const { tile, name } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click(); // tap 1: the activity
    const person = page.locator("button.desk-person:not([disabled])").first();
    await person.waitFor();
    const who = (await person.locator("strong").textContent()) ?? "";
    await person.click(); // tap 2: the face/name
    await page.getByText(`${who} is ingeschreven bij ${name}.`).waitFor();
    const [visit] = await rows<{ id: number; first_name: string; activity: string }>(
      `SELECT v.id, p.first_name, a.name AS activity FROM visits v JOIN people p ON p.id = v.person_id
       JOIN activities a ON a.id = v.activity_id WHERE v.source_key LIKE 'desk:%' ORDER BY v.id DESC LIMIT 1`,
    );
    expect(visit).toMatchObject({ first_name: who, activity: name });
    expect(
      (await rows<{ n: number }>("SELECT count(*)::int AS n FROM visits WHERE source_key LIKE 'desk:%'"))[0]
        .n,
    ).toBe(before + 1);
    await page.locator(".desk-toast").getByRole("button", { name: "Ongedaan maken" }).click(); // one tap undoes
    await page.getByText("Ongedaan gemaakt.").waitFor();
    expect(await rows("SELECT id FROM visits WHERE id = $1", [visit.id])).toHaveLength(0);
    await context.close();
  });

  it("shows today's openers from the opening rota", async () => {
    const [opener] = await rows<{ id: number; first_name: string }>(
      `SELECT p.id, p.first_name FROM keys k JOIN people p ON p.id = k.person_id
       WHERE k.room_id = 'cjm' AND k.returned IS NULL AND p.first_name IS NOT NULL ORDER BY p.id LIMIT 1`,
    );
    const coord = await newPage(app);
    await login(coord.page, "coordinator@demo.buurtboek.nl");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    const res = await coord.page.request.post("/api/rooms/cjm/rota", {
      headers: { "x-buurtboek": "1" },
      data: { date: today, opens: "09:30", closes: "16:00", openerId: opener.id, closerId: opener.id },
    });
    expect(res.status()).toBe(201);
    await coord.context.close();
    const { context, page } = await openToday();
    const openers = page.getByTestId("todays-openers");
    await openers.waitFor();
    expect(await openers.textContent()).toContain(`09:30–16:00: ${opener.first_name} opent`);
    await context.close();
  });

  it("registers a double tap on a name once", async () => {
    const { context, page } = await openToday();
    const { tile } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click();
    const person = page.locator("button.desk-person:not([disabled])").first();
    await person.waitFor();
    const who = (await person.locator("strong").textContent()) ?? "";
    await person.dblclick();
    await page.getByText(new RegExp(`${who} is ingeschreven`)).waitFor();
    await page.waitForTimeout(500);
    const found = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM visits v JOIN people p ON p.id = v.person_id
       WHERE v.date = (now() AT TIME ZONE 'Europe/Amsterdam')::date AND p.first_name = $1 AND v.source_key LIKE 'desk:%'`,
      [who],
    );
    expect(found[0].n).toBe(1);
    await context.close();
  });

  it("tallies an anonymous first-timer with '+1' and one answer", async () => {
    const { context, page } = await openToday();
    const { tile, name } = await firstVisitTile(page);
    await tile.getByRole("button", { name: `+1 bezoeker zonder naam bij ${name}` }).click();
    await tile.getByRole("button", { name: "Ja, eerste keer" }).click();
    await page.getByText(`+1 geteld bij ${name}.`).waitFor();
    const [row] = await rows<{ person_id: number | null; count: number; first_time: boolean }>(
      "SELECT person_id, count, first_time FROM visits WHERE source_key LIKE 'desk:%' ORDER BY id DESC LIMIT 1",
    );
    expect(row).toEqual({ person_id: null, count: 1, first_time: true });
    // The counts reload after the toast: wait for them rather than read at once.
    await tile.locator(".desk-count", { hasText: /voor het eerst/ }).waitFor();
    // Paper fallback: a past day is chosen, and the tally counts on that day.
    const yesterday = (
      await rows<{ d: string }>("SELECT ((now() AT TIME ZONE 'Europe/Amsterdam')::date - 1)::text AS d")
    )[0].d;
    await page.goto(`/rooms/cjm/today?date=${yesterday}`);
    await page.getByText(/Let op: u voert/).waitFor();
    await tile.getByRole("button", { name: `+1 bezoeker zonder naam bij ${name}` }).click();
    await tile.getByRole("button", { name: "Nee" }).click();
    await page.getByText(`+1 geteld bij ${name}.`).waitFor();
    const [past] = await rows<{ date: string; first_time: boolean }>(
      "SELECT date, first_time FROM visits WHERE source_key LIKE 'desk:%' ORDER BY id DESC LIMIT 1",
    );
    expect(past).toEqual({ date: yesterday, first_time: false });
    await context.close();
  });

  it("registers a new visitor, naming the missing field and keeping what was typed", async () => {
    const { context, page } = await openToday();
    const { tile, name } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click();
    await page.getByRole("link", { name: "Nieuwe bezoeker" }).last().click();
    await page.getByRole("heading", { name: "Nieuwe bezoeker" }).waitFor();
    const submit = page.getByRole("button", { name: /Inschrijven/ });
    await submit.click();
    const firstName = page.getByLabel("Voornaam (verplicht)");
    await expect(firstName.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByText("Vul dit in.").waitFor();
    await firstName.fill("Zeynep");
    await page.getByLabel("Straat").fill("Hoogoord");
    await submit.click();
    await expect(page.getByLabel(/De bezoeker vindt het goed/).getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(firstName.inputValue()).resolves.toBe("Zeynep");
    await expect(page.getByLabel("Straat").inputValue()).resolves.toBe("Hoogoord");
    // The consent sentence in the resident's language.
    await page.getByRole("button", { name: "العربية" }).click();
    await expect(page.locator(".desk-consent-text").getAttribute("dir")).resolves.toBe("rtl");
    for (const lang of ["Türkçe", "ትግርኛ", "English"])
      await page.getByRole("button", { name: lang, exact: true }).click();
    await page.getByLabel(/De bezoeker vindt het goed/).check();
    await page.getByLabel("Gestuurd door (instantie, bijvoorbeeld buurtteam)").fill("Buurtteam Zuidoost");
    await submit.click();
    await page.getByText(`Zeynep is ingeschreven en aangemeld bij ${name}.`).waitFor();
    const [p] = await rows<{ id: number; ref: string; consent: boolean; activity: string }>(
      `SELECT p.id, p.ref, p.consent_at IS NOT NULL AS consent, a.name AS activity FROM people p
       JOIN visits v ON v.person_id = p.id JOIN activities a ON a.id = v.activity_id
       WHERE p.first_name = 'Zeynep' AND p.street = 'Hoogoord'`,
    );
    expect(p).toMatchObject({ ref: `bb-${p.id}`, consent: true, activity: name });
    expect(
      await rows("SELECT 1 FROM referrals WHERE person_id = $1 AND direction = 'in'", [p.id]),
    ).toHaveLength(1);
    // The same first name and street again: a duplicate warning.
    await page.goto("/rooms/cjm/visitors/new");
    await page.getByLabel("Voornaam (verplicht)").fill("zeynep");
    await page.getByLabel("Straat").fill("hoogoord");
    await page.getByLabel(/De bezoeker vindt het goed/).check();
    await page.getByRole("button", { name: "Inschrijven" }).click();
    await page.getByText(/Er is al iemand met de naam/).waitFor();
    await context.close();
  });

  it("registers an odd job with a volunteer's hours, a help question and volunteer hours", async () => {
    const { context, page } = await openToday();
    await page.goto("/rooms/cjm/jobs/new");
    await page.getByRole("heading", { name: "Klus invoeren" }).waitFor();
    await page.getByLabel("Wat voor klus? (verplicht)").fill("Lamp ophangen");
    await page.getByRole("button", { name: "Vrijwilliger toevoegen" }).click();
    const vol = page.locator(".desk-crew select").first();
    await vol.locator("option").nth(1).waitFor({ state: "attached" });
    const volunteerId = Number(await vol.locator("option").nth(1).getAttribute("value"));
    await vol.selectOption(String(volunteerId));
    await page.locator(".desk-crew input").first().fill("2");
    await page.getByRole("button", { name: "Klus opslaan" }).click();
    await page.getByText("De klus is opgeslagen.").waitFor();
    const [job] = await rows<{ id: number; count: number; kind: string }>(
      `SELECT v.id, v.count, j.kind FROM visits v JOIN desk_jobs j ON j.visit_id = v.id ORDER BY v.id DESC LIMIT 1`,
    );
    expect(job).toMatchObject({ count: 1, kind: "Lamp ophangen" });
    const hours = await rows<{ hours: number; status: string }>(
      "SELECT hours, status FROM hours WHERE person_id = $1 AND source_key LIKE 'desk:%'",
      [volunteerId],
    );
    expect(hours).toEqual([{ hours: 2, status: "pending" }]);

    await page.goto("/rooms/cjm/help");
    await page.getByLabel("Voor wie?").fill("a");
    const pick = page.locator("button.desk-person").first();
    await pick.waitFor();
    await pick.click();
    await page.getByLabel("Geld en schulden").check();
    await page.getByLabel("Wonen").check();
    await page.getByLabel(/Korte notitie/).fill("Brief over huurachterstand");
    await page.getByRole("button", { name: "Hulpvraag opslaan" }).click();
    await page.getByText(/De hulpvraag is opgeslagen/).waitFor();
    const [help] = await rows<{ id: number; domains: string[] }>(
      "SELECT id, domains FROM help_questions ORDER BY id DESC LIMIT 1",
    );
    expect(help.domains).toEqual(["poverty", "housing"]);
    // The desk cannot read the note back.
    expect((await page.request.get(`/api/rooms/cjm/help-questions/${help.id}/note`)).status()).toBe(403);

    await page.goto("/rooms/cjm/hours");
    await page.getByRole("heading", { name: "Vrijwilligersuren" }).waitFor();
    const who = page.getByLabel("Wie bent u?");
    await who.locator("option").nth(1).waitFor({ state: "attached" });
    const personId = Number(await who.locator("option").nth(1).getAttribute("value"));
    await who.selectOption(String(personId));
    await page.getByLabel("Aantal uren").fill("3,5");
    await page.getByLabel("Groep of activiteit").fill("Taalteam");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await page.getByText(/Uw uren zijn opgeslagen/).waitFor();
    const logged = await rows<{ hours: number; status: string; activity: string }>(
      "SELECT hours, status, activity FROM hours WHERE person_id = $1 AND activity = 'Taalteam' AND source_key LIKE 'desk:%'",
      [personId],
    );
    expect(logged).toEqual([{ hours: 3.5, status: "pending", activity: "Taalteam" }]);
    await context.close();
  });

  it("queues a registration while offline and sends it exactly once after reconnect", async () => {
    const { context, page } = await openToday();
    const { tile } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click();
    const person = page.locator("button.desk-person:not([disabled])").first();
    await person.waitFor();
    const who = (await person.locator("strong").textContent()) ?? "";
    await context.setOffline(true);
    await person.click();
    await page.getByText("Wacht op verbinding: 1").waitFor();
    const queued = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("buurtboek.desk.queue") ?? "[]"),
    );
    expect(queued).toHaveLength(1);
    const key = queued[0].key as string;
    // Nothing but the queue is kept in the browser.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k !== "buurtboek.locale")).toEqual(["buurtboek.desk.queue"]);
    expect(await rows("SELECT id FROM visits WHERE source_key = $1", [`desk:${key}`])).toHaveLength(0);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByText("Wacht op verbinding: 1").waitFor({ state: "detached" });
    // A second send of the same key (a retry after a lost answer) stores nothing new.
    const again = await page.request.post("/api/rooms/cjm/desk/visits", {
      headers: { "x-buurtboek": "1" },
      data: queued[0].body,
    });
    expect((await again.json()).duplicate).toBe(true);
    const stored = await rows<{ first_name: string }>(
      "SELECT p.first_name FROM visits v JOIN people p ON p.id = v.person_id WHERE v.source_key = $1",
      [`desk:${key}`],
    );
    expect(stored).toEqual([{ first_name: who }]);
    await context.close();
  });

  it("clears the queue at logout", async () => {
    const { context, page } = await openToday();
    const { tile, name } = await firstVisitTile(page);
    await context.setOffline(true);
    await tile.getByRole("button", { name: `+1 bezoeker zonder naam bij ${name}` }).click();
    await tile.getByRole("button", { name: "Nee" }).click();
    await page.getByText("Wacht op verbinding: 1").waitFor();
    await context.setOffline(false);
    await page.evaluate(() => {
      // Stop the reconnect from sending it, to see what logout does with a full queue.
      localStorage.setItem(
        "buurtboek.desk.queue",
        JSON.stringify([{ key: "x".repeat(16), path: "/api/none", body: {}, label: "x", createdAt: 0 }]),
      );
    });
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL("**/login");
    expect(await page.evaluate(() => localStorage.getItem("buurtboek.desk.queue"))).toBeNull();
    await context.close();
  });

  it("keeps the desk account to its own room and away from notes and reports", async () => {
    const { context, page } = await openToday();
    const get = async (path: string) => (await page.request.get(path)).status();
    expect(await get("/api/rooms/multibron/desk/today")).toBe(404);
    expect(await get("/api/rooms/multibron")).toBe(404);
    expect(await get("/api/rooms/cjm/help-questions")).toBe(403);
    expect(await get("/api/rooms/cjm/help-questions/1/note")).toBe(403);
    expect(await get("/api/rooms/cjm/call-list")).toBe(403);
    expect(await get("/api/indicators?rooms=cjm")).toBe(403);
    expect(await get("/api/rooms/cjm/dashboard")).toBe(403);
    const [hq] = await rows<{ id: number; person_id: number }>(
      "SELECT id, person_id FROM help_questions LIMIT 1",
    );
    if (hq) expect(await get(`/api/rooms/cjm/people/${hq.person_id}/help-questions/${hq.id}/note`)).toBe(403);
    const people = await page.request.get("/api/rooms/cjm/desk/people?q=a");
    const list = (await people.json()).people as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(p).not.toHaveProperty("phone");
    // A registration for the future or for another room's activity is refused with a clear message.
    const [other] = await rows<{ id: number }>(
      "SELECT id FROM activities WHERE room_id = 'multibron' LIMIT 1",
    );
    const post = (data: unknown) =>
      page.request.post("/api/rooms/cjm/desk/visits", { headers: { "x-buurtboek": "1" }, data });
    const foreign = await post({ key: "k-foreign-123", activityId: other.id });
    // Another room's id answers exactly as an id that does not exist (decision 150).
    expect(foreign.status()).toBe(404);
    expect((await foreign.json()).error.code).toBe("common.unknown_id");
    const [own] = await rows<{ id: number }>("SELECT id FROM activities WHERE room_id = 'cjm' LIMIT 1");
    const future = await post({ key: "k-future-1234", activityId: own.id, date: "2999-01-01" });
    expect(future.status()).toBe(400);
    expect((await future.json()).error.message).toContain("in de toekomst");
    await page.goto("/rooms/multibron/today");
    await page.getByRole("alert").waitFor();
    await context.close();
  });

  it("fits a 360 px phone and has no serious accessibility violations on the desk screens", async () => {
    const { context, page } = await openToday(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const { tile } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click();
    await page.locator("button.desk-person").first().waitFor();
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll("main button, main a.button")]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length,
    );
    expect(small).toBe(0);
    // A known visitor on the phone: two taps.
    const person = page.locator("button.desk-person:not([disabled])").first();
    const who = (await person.locator("strong").textContent()) ?? "";
    await person.click();
    await page.getByText(new RegExp(`${who} is ingeschreven`)).waitFor();
    const found: Record<string, string[]> = {};
    found.today = await axeSerious(page);
    for (const path of ["visitors/new", "jobs/new", "hours", "help"]) {
      await page.goto(`/rooms/cjm/${path}`);
      await page.locator("main h1").waitFor();
      await page.waitForTimeout(300);
      found[path] = await axeSerious(page);
    }
    expect(found).toEqual({ today: [], "visitors/new": [], "jobs/new": [], hours: [], help: [] });
    await context.close();
  });

  it("stays readable at 200% zoom on the tablet (no sideways scrolling)", async () => {
    // 200% zoom of a 1024×768 screen lays out like a 512×384 one.
    const { context, page } = await openToday({ width: 512, height: 384 });
    const { tile } = await firstVisitTile(page);
    await tile.locator(".desk-tile-main").click();
    await page.locator("button.desk-person").first().waitFor();
    for (const path of ["today", "visitors/new"]) {
      if (path !== "today") await page.goto(`/rooms/cjm/${path}`);
      await page.locator("main h1").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it("prints the paper sign-in list and lets the coordinator work the call round", async () => {
    const { context, page } = await newPage(app, TABLET);
    await login(page, "coordinator@demo.buurtboek.nl");
    const [act] = await rows<{ id: number; name: string }>(
      "SELECT id, name FROM activities WHERE room_id = 'cjm' AND type <> 'jobs' ORDER BY id LIMIT 1",
    );
    await page.goto(`/rooms/cjm/today/print/${act.id}`);
    await page.getByRole("heading", { name: new RegExp(`Intekenlijst ${act.name}`) }).waitFor();
    expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(15);
    await page.goto("/rooms/cjm/call-list");
    await page.getByRole("heading", { name: "Belronde" }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await context.close();
  });
});
