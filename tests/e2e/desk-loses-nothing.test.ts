import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, PHONE, startTestApp, TABLET, type TestApp } from "./support/app";

/**
 * Issue 16, "The desk loses nothing and counts nothing twice": one test per numbered defect,
 * each seen to fail before its fix.
 */
const DESK = "balie.cjm@demo.buurtboek.nl";
const COORDINATOR = "coordinator@demo.buurtboek.nl";

describe("the desk loses nothing and counts nothing twice (issue 16)", { timeout: 180_000 }, () => {
  let app: TestApp;
  const rows = <T>(sql: string, params: unknown[] = []) => app.db.query<T>(sql, params);
  const amsterdamDay = async (offset: number) =>
    (
      await rows<{ d: string }>(
        "SELECT ((now() AT TIME ZONE 'Europe/Amsterdam')::date + $1::int)::text AS d",
        [offset],
      )
    )[0].d;

  beforeAll(async () => {
    app = await startTestApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  async function openToday(viewport = TABLET, email = DESK) {
    const { context, page } = await newPage(app, viewport);
    await login(page, email);
    if (email === DESK) await page.waitForURL("**/rooms/cjm/today");
    else await page.goto("/rooms/cjm/today");
    await page.getByRole("heading", { name: /Vandaag/ }).waitFor();
    return { context, page };
  }

  /** A menu link, followed inside the app (no page load), as a tap on the menu does. */
  async function followMenu(page: Page, path: string) {
    await page.evaluate((p) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].find((a) =>
        a.getAttribute("href")?.endsWith(p),
      );
      if (!link) throw new Error(`no link to ${p}`);
      link.click();
    }, path);
  }

  async function firstVisitTile(page: Page) {
    const first = page
      .locator(".desk-tile")
      .filter({ has: page.locator("button.desk-plus") })
      .first();
    const name = (await first.locator(".desk-tile-name").textContent()) ?? "";
    const tile = page
      .locator(".desk-tile")
      .filter({ has: page.locator(".desk-tile-name", { hasText: name }) });
    return { tile, name };
  }

  // 2. "Nieuwe bezoeker" from the menu registered no visit while saying "is ingeschreven".
  it("2: a new visitor from the menu is registered for an activity of the day, and says so", async () => {
    for (const viewport of [TABLET, PHONE]) {
      const { context, page } = await openToday(viewport);
      const { name } = await firstVisitTile(page);
      await followMenu(page, "/visitors/new");
      await page.getByRole("heading", { name: "Nieuwe bezoeker" }).waitFor();
      const which = page.getByRole("group", { name: /Bij welke activiteit/ });
      await which.waitFor();
      // The most used tile of the day is preselected.
      await expect(which.getByRole("radio", { name, exact: true }).isChecked()).resolves.toBe(true);
      const first = `Menu${viewport.width}`;
      await page.getByLabel("Voornaam (verplicht)").fill(first);
      await page.getByLabel(/De bezoeker vindt het goed/).check();
      await page.getByRole("button", { name: /Inschrijven/ }).click();
      await page.getByText(`${first} is ingeschreven en aangemeld bij ${name}.`).waitFor();
      const visits = await rows<{ activity: string }>(
        `SELECT a.name AS activity FROM people p JOIN visits v ON v.person_id = p.id
         JOIN activities a ON a.id = v.activity_id WHERE p.first_name = $1`,
        [first],
      );
      expect(visits).toEqual([{ activity: name }]);
      await context.close();
    }
  });

  it("2: a room without an activity offers 'alleen inschrijven, geen bezoek' and says what was stored", async () => {
    const coord = await newPage(app);
    await login(coord.page, COORDINATOR);
    const acts = await rows<{ id: number }>(
      "SELECT id FROM activities WHERE room_id = 'multibron' AND active",
    );
    for (const a of acts) {
      const res = await coord.page.request.patch(`/api/rooms/multibron/activities/${a.id}`, {
        headers: { "x-buurtboek": "1" },
        data: { active: false },
      });
      expect(res.status()).toBe(200);
    }
    await coord.context.close();
    const { context, page } = await newPage(app);
    await login(page, "balie.multibron@demo.buurtboek.nl");
    await page.goto("/rooms/multibron/visitors/new");
    await page.getByText("Deze kamer heeft vandaag geen activiteit.").waitFor();
    await page.getByLabel("Voornaam (verplicht)").fill("Alleeninschrijven");
    await page.getByLabel(/De bezoeker vindt het goed/).check();
    const submit = page.getByRole("button", { name: /Inschrijven/ });
    await submit.click();
    // Nothing is stored until the volunteer chose to register without a visit.
    await page.getByText(/Kies een activiteit, of/).waitFor();
    expect(await rows("SELECT 1 FROM people WHERE first_name = 'Alleeninschrijven'")).toHaveLength(0);
    await page.getByLabel("Alleen inschrijven, geen bezoek").check();
    await submit.click();
    await page.getByText("Alleeninschrijven is ingeschreven, zonder bezoek.").waitFor();
    const stored = await rows<{ visits: number }>(
      `SELECT (SELECT count(*)::int FROM visits v WHERE v.person_id = p.id) AS visits
       FROM people p WHERE p.first_name = 'Alleeninschrijven'`,
    );
    expect(stored).toEqual([{ visits: 0 }]);
    await context.close();
  });

  // 3. A refused past day showed "Niemand gevonden" and the new-visitor button.
  it("3: a past day the desk may not enter shows the server's refusal, not 'Niemand gevonden'", async () => {
    const { context, page } = await openToday();
    const { tile } = await firstVisitTile(page);
    await page.locator(".desk-day input").fill(await amsterdamDay(-40));
    await tile
      .locator(".desk-tile-main")
      .click()
      .catch(() => {});
    await page
      .getByText(/is te lang geleden voor de balie/)
      .first()
      .waitFor();
    await expect(page.getByText("Niemand gevonden. Is het iemand nieuw?").count()).resolves.toBe(0);
    await context.close();
  });

  it("3: every desk route that refuses shows the server's message on its screen", async () => {
    const { context, page } = await openToday();
    const [activity] = await rows<{ id: number; name: string }>(
      "SELECT id, name FROM activities WHERE room_id = 'cjm' AND type <> 'jobs' AND active ORDER BY id LIMIT 1",
    );
    /** The next request matching method and path is refused once, with a message naming it. */
    async function refuseOnce(method: string, re: RegExp, label: string) {
      let done = false;
      await page.route(re, async (route) => {
        if (done || route.request().method() !== method) return route.fallback();
        done = true;
        await route.fulfill({
          status: 400,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "test.refused", message: `Geweigerd: ${label}` } }),
        });
      });
      return label;
    }
    const seen = async (label: string) => {
      await page.getByText(`Geweigerd: ${label}`).first().waitFor({ timeout: 15_000 });
      await page.unrouteAll({ behavior: "wait" });
    };

    // Vandaag: loading the day.
    const l0 = await refuseOnce("GET", /\/desk\/today/, "vandaag");
    await page.goto("/rooms/cjm/today");
    await seen(l0);
    // The names of an activity.
    const label = await refuseOnce("GET", /\/desk\/people\?activityId/, "namen");
    await page.goto(`/rooms/cjm/today?a=${activity.id}`);
    await seen(label);
    await expect(page.getByText("Niemand gevonden. Is het iemand nieuw?").count()).resolves.toBe(0);
    // Registering a name and a tally.
    await page.goto(`/rooms/cjm/today?a=${activity.id}`);
    const person = page.locator("button.desk-person:not([disabled])").first();
    await person.waitFor();
    const l2 = await refuseOnce("POST", /\/desk\/visits$/, "bezoek");
    await person.click();
    await seen(l2);
    // Undo.
    const undo = page.locator(".desk-mine button").first();
    await page.goto(`/rooms/cjm/today?a=${activity.id}`);
    const p2 = page.locator("button.desk-person:not([disabled])").first();
    await p2.click();
    await page.locator(".desk-toast").getByRole("button", { name: "Ongedaan maken" }).waitFor();
    const l3 = await refuseOnce("DELETE", /\/desk\/visits\/\d+$/, "ongedaan");
    await undo.click();
    await seen(l3);
    // New visitor: the activities of the day, and saving.
    const l4 = await refuseOnce("GET", /\/desk\/today/, "activiteiten");
    await page.goto("/rooms/cjm/visitors/new");
    await seen(l4);
    await page.goto(`/rooms/cjm/visitors/new?activityId=${activity.id}`);
    await page.getByLabel("Voornaam (verplicht)").fill("Weigering");
    await page.getByLabel(/De bezoeker vindt het goed/).check();
    const l5 = await refuseOnce("POST", /\/desk\/people$/, "nieuw");
    await page.getByRole("button", { name: /Inschrijven/ }).click();
    await seen(l5);
    // Job: the room's activities, the volunteers, and saving.
    const l6a = await refuseOnce("GET", /\/api\/rooms\/cjm$/, "kamer");
    await page.goto("/rooms/cjm/jobs/new");
    await seen(l6a);
    const l6 = await refuseOnce("GET", /\/desk\/volunteers$/, "vrijwilligers");
    await page.goto("/rooms/cjm/jobs/new");
    await seen(l6);
    await page.goto("/rooms/cjm/jobs/new");
    await page.getByLabel("Wat voor klus? (verplicht)").fill("Weigering");
    const l7 = await refuseOnce("POST", /\/desk\/jobs$/, "klus");
    await page.getByRole("button", { name: "Klus opslaan" }).click();
    await seen(l7);
    // Hours: the list, and saving.
    const l8 = await refuseOnce("GET", /\/desk\/hours$/, "urenlijst");
    await page.goto("/rooms/cjm/hours");
    await seen(l8);
    const l8b = await refuseOnce("GET", /\/desk\/volunteers$/, "namen van vrijwilligers");
    await page.goto("/rooms/cjm/hours");
    await seen(l8b);
    await page.goto("/rooms/cjm/hours");
    const who = page.getByLabel("Wie bent u?");
    await who.locator("option").nth(1).waitFor({ state: "attached" });
    await who.selectOption({ index: 1 });
    await page.getByLabel("Aantal uren").fill("2");
    const l8c = await refuseOnce("POST", /\/desk\/hours$/, "uren opslaan");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await seen(l8c);
    // Help: the search for a person, and saving.
    await page.goto("/rooms/cjm/help");
    const l9 = await refuseOnce("GET", /\/desk\/people\?q=/, "zoeken");
    await page.getByLabel("Voor wie?").fill("a");
    await seen(l9);
    await page.getByLabel("Voor wie?").fill("");
    await page.getByLabel("Voor wie?").fill("e");
    await page.locator("button.desk-person").first().click();
    await page.getByLabel("Wonen").check();
    const l10 = await refuseOnce("POST", /\/desk\/help-questions$/, "hulpvraag");
    await page.getByRole("button", { name: "Hulpvraag opslaan" }).click();
    await seen(l10);
    // The paper list.
    const l11 = await refuseOnce("GET", /\/desk\/sign-in-sheet/, "intekenlijst");
    await page.goto(`/rooms/cjm/today/print/${activity.id}`);
    await seen(l11);
    await context.close();
    // The coordinator's call round.
    const coord = await openToday(TABLET, COORDINATOR);
    await coord.page.route(/\/api\/rooms\/cjm\/call-list$/, (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "test.refused", message: "Geweigerd: belronde" } }),
      }),
    );
    await coord.page.goto("/rooms/cjm/call-list");
    await coord.page.getByText("Geweigerd: belronde").waitFor();
    await coord.context.close();
  });

  // 4. The hours of a helper started at "1": typing 2 gave 12.
  it("4: a job's hours start empty, and more than a plausible day asks first", async () => {
    for (const viewport of [TABLET, PHONE]) {
      const { context, page } = await openToday(viewport);
      await page.goto("/rooms/cjm/jobs/new");
      const kind = `Lamp ${viewport.width}`;
      await page.getByLabel("Wat voor klus? (verplicht)").fill(kind);
      await page.getByRole("button", { name: "Vrijwilliger toevoegen" }).click();
      const vol = page.locator(".desk-crew select").first();
      await vol.locator("option").nth(1).waitFor({ state: "attached" });
      const volunteerId = Number(await vol.locator("option").nth(1).getAttribute("value"));
      await vol.selectOption(String(volunteerId));
      const hours = page.locator(".desk-crew input").first();
      await hours.click();
      await page.keyboard.type("2");
      await expect(hours.inputValue()).resolves.toBe("2");
      // The count of jobs selects its content on focus: typing replaces it.
      await page.getByLabel("Aantal klussen").click();
      await page.keyboard.type("3");
      await expect(page.getByLabel("Aantal klussen").inputValue()).resolves.toBe("3");
      await hours.fill("14");
      await page.getByRole("button", { name: "Klus opslaan" }).click();
      await page.getByText(/14 uur voor één klus\. Klopt dat\?/).waitFor();
      expect(await rows("SELECT 1 FROM desk_jobs WHERE kind = $1", [kind])).toHaveLength(0);
      await page.getByRole("button", { name: "Ja, dit klopt" }).click();
      await page.getByText("De klus is opgeslagen.").waitFor();
      const [job] = await rows<{ count: number; hours: number }>(
        `SELECT v.count, h.hours FROM desk_jobs j JOIN visits v ON v.id = j.visit_id
         JOIN hours h ON h.source_key LIKE v.source_key || ':h%' WHERE j.kind = $1`,
        [kind],
      );
      expect(job).toEqual({ count: 3, hours: 14 });
      await context.close();
    }
  });

  it("4: a volunteer's day over 16 hours asks first, on the desk's hours screen", async () => {
    const { context, page } = await openToday();
    await page.goto("/rooms/cjm/hours");
    const who = page.getByLabel("Wie bent u?");
    await who.locator("option").nth(1).waitFor({ state: "attached" });
    const personId = Number(await who.locator("option").nth(1).getAttribute("value"));
    await who.selectOption(String(personId));
    await page.getByLabel("Aantal uren").fill("17");
    await page.getByLabel("Groep of activiteit").fill("Nachtdienst");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await page.getByText(/17 uur op één dag\. Klopt dat\?/).waitFor();
    expect(await rows("SELECT 1 FROM hours WHERE activity = 'Nachtdienst'")).toHaveLength(0);
    await page.getByRole("button", { name: "Ja, dit klopt" }).click();
    await page.getByText(/Uw uren zijn opgeslagen/).waitFor();
    expect(await rows<{ hours: number }>("SELECT hours FROM hours WHERE activity = 'Nachtdienst'")).toEqual([
      { hours: 17 },
    ]);
    await context.close();
  });

  it("4: the import screen asks before importing a volunteer's day over 16 hours", async () => {
    const { context, page } = await newPage(app);
    await login(page, "cooperatie@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/import");
    const [p] = await rows<{ ref: string }>(
      "SELECT ref FROM people WHERE home_room = 'cjm' AND ref IS NOT NULL LIMIT 1",
    );
    const day = await amsterdamDay(-3);
    const [room] = await rows<{ name: string }>("SELECT name FROM rooms WHERE id = 'cjm'");
    await page.locator("input[type=file]").setInputFiles([
      // rooms.csv is required in every bundle.
      { name: "rooms.csv", mimeType: "text/csv", buffer: Buffer.from(`room,name\ncjm,${room.name}\n`) },
      {
        name: "hours.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`date,room,person,hours,activity\n${day},cjm,${p.ref},18,Importnacht\n`),
      },
    ]);
    await page.getByRole("button", { name: /Importeren|Start/ }).click();
    await page.getByText(/18 uur op één dag/).waitFor();
    expect(await rows("SELECT 1 FROM hours WHERE activity = 'Importnacht'")).toHaveLength(0);
    await page.getByRole("button", { name: "Ja, dit klopt: importeren" }).click();
    await page.getByText("Opgeslagen.", { exact: true }).waitFor();
    expect(await rows("SELECT 1 FROM hours WHERE activity = 'Importnacht'")).toHaveLength(1);
    await context.close();
  });

  // 5. The new-visitor form kept Vandaag's scroll position.
  it("5: every desk screen opens at its top with the first field focused", async () => {
    for (const viewport of [PHONE, TABLET]) {
      const { context, page } = await openToday(viewport);
      for (const [path, field] of [
        ["/visitors/new", "Voornaam (verplicht)"],
        ["/jobs/new", "Klusgroep"],
        ["/hours", "Wie bent u?"],
        ["/help", "Voor wie?"],
      ] as const) {
        await page.goto("/rooms/cjm/today");
        await page.locator(".desk-tile").first().waitFor();
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        expect(await page.evaluate(() => window.scrollY), `${path} scrolled`).toBeGreaterThan(0);
        await followMenu(page, path);
        await page.getByLabel(field).first().waitFor();
        await expect
          .poll(() => page.evaluate(() => window.scrollY), { message: `${path} at ${viewport.width}` })
          .toBe(0);
        await expect
          .poll(
            () =>
              page
                .getByLabel(field)
                .first()
                .evaluate((el) => el === document.activeElement),
            {
              message: `${path} focused at ${viewport.width}`,
            },
          )
          .toBe(true);
        const box = await page.getByLabel(field).first().boundingBox();
        expect(box && box.y + box.height <= viewport.height, `${path} field on screen`).toBe(true);
      }
      await context.close();
    }
  });

  // 6. Kidsclub pre-ticked "Kind jonger dan 16": one tap unticked it.
  it("6: the child question is an explicit choice, and the server refuses a child without consent", async () => {
    const coord = await newPage(app);
    await login(coord.page, COORDINATOR);
    const headers = { "x-buurtboek": "1" };
    const made = await coord.page.request.post("/api/rooms/cjm/activities", {
      headers,
      data: { type: "social_activation", name: "Kinderknutsel" },
    });
    const kids = (await made.json()).id as number;
    expect(
      (
        await coord.page.request.patch(`/api/rooms/cjm/activities/${kids}`, {
          headers,
          data: { forChildren: true },
        })
      ).status(),
    ).toBe(200);
    await coord.context.close();
    for (const viewport of [PHONE, TABLET]) {
      const { context, page } = await openToday(viewport);
      await page.goto(`/rooms/cjm/visitors/new?activityId=${kids}`);
      const question = page.getByRole("group", { name: /Is de bezoeker jonger dan 16/ });
      await question.waitFor();
      const yes = question.getByLabel("Ja, jonger dan 16");
      const no = question.getByLabel("Nee, 16 of ouder");
      // Nothing is answered beforehand.
      expect([await yes.isChecked(), await no.isChecked()]).toEqual([false, false]);
      const first = `Kind${viewport.width}`;
      await page.getByLabel("Voornaam (verplicht)").fill(first);
      await page.getByLabel(/De bezoeker vindt het goed/).check();
      const submit = page.getByRole("button", { name: /Inschrijven/ });
      await submit.click();
      await question.getByText("Kies ja of nee.").waitFor();
      // The same tap twice keeps the answer.
      await yes.click();
      await yes.click();
      await expect(yes.isChecked()).resolves.toBe(true);
      await submit.click();
      await expect(page.getByLabel("Naam van ouder of voogd").getAttribute("aria-invalid")).resolves.toBe(
        "true",
      );
      expect(await rows("SELECT 1 FROM people WHERE first_name = $1", [first])).toHaveLength(0);
      await page.getByLabel("Naam van ouder of voogd").fill("Amina");
      await page.getByLabel("De ouder of voogd vindt het goed").check();
      await submit.click();
      await page.getByText(`${first} is ingeschreven en aangemeld bij Kinderknutsel.`).waitFor();
      expect(
        await rows("SELECT under_16, guardian_consent FROM people WHERE first_name = $1", [first]),
      ).toEqual([{ under_16: true, guardian_consent: "Amina" }]);
      await context.close();
    }
    // A child imported without a recorded consent is refused at the children's activity.
    const coop = await newPage(app);
    await login(coop.page, "cooperatie@demo.buurtboek.nl");
    const [room] = await rows<{ name: string }>("SELECT name FROM rooms WHERE id = 'cjm'");
    const imported = await coop.page.request.post("/api/import", {
      headers: { "x-buurtboek": "1" },
      data: {
        files: {
          "rooms.csv": `room,name\ncjm,${room.name}\n`,
          "people.csv": "person,room,first_name,under_16\nkind-zonder,cjm,Zonderja,yes\n",
        },
      },
    });
    expect((await imported.json()).applied).toBe(true);
    await coop.context.close();
    const { context, page } = await openToday();
    await page.goto(`/rooms/cjm/today?a=${kids}`);
    await page.getByRole("searchbox").fill("Zonderja");
    await page.locator("button.desk-person", { hasText: "Zonderja" }).click();
    await page.getByText(/Zonderja is jonger dan 16 en er is geen toestemming/).waitFor();
    expect(
      await rows(
        "SELECT 1 FROM visits v JOIN people p ON p.id = v.person_id WHERE p.ref = 'kind-zonder' AND v.activity_id = $1",
        [kids],
      ),
    ).toHaveLength(0);
    await context.close();
  });

  // 8. The name appeared twice, and a second entry replaced the first.
  it("8: hours name the volunteer once, a second entry adds a line, correcting is explicit", async () => {
    const { context, page } = await openToday();
    await page.goto("/rooms/cjm/hours");
    const who = page.getByLabel("Wie bent u?");
    await who.locator("option").nth(2).waitFor({ state: "attached" });
    const personId = Number(await who.locator("option").nth(2).getAttribute("value"));
    const [{ first_name: name }] = await rows<{ first_name: string }>(
      "SELECT first_name FROM people WHERE id = $1",
      [personId],
    );
    await who.selectOption(String(personId));
    const form = page.locator("form");
    await expect(form.getByText(name, { exact: false }).count()).resolves.toBe(1);
    const group = "Ochtend en middag";
    for (const h of ["3", "2"]) {
      await page.getByLabel("Aantal uren").fill(h);
      await page.getByLabel("Groep of activiteit").fill(group);
      await page.getByRole("button", { name: "Uren opslaan" }).click();
      await page.getByText(/Uw uren zijn opgeslagen/).waitFor();
      await expect(page.getByText("Uw uren zijn verbeterd.").count()).resolves.toBe(0);
    }
    const lines = await rows<{ id: number; hours: number; status: string }>(
      "SELECT id, hours, status FROM hours WHERE person_id = $1 AND activity = $2 ORDER BY id",
      [personId, group],
    );
    expect(lines.map((l) => [l.hours, l.status])).toEqual([
      [3, "pending"],
      [2, "pending"],
    ]);
    // Correcting is an action on the line itself.
    const line = page
      .locator(".desk-hours li")
      .filter({ hasText: group })
      .filter({ hasText: /· 3 uren/ });
    await line.getByRole("button", { name: "Verbeteren" }).click();
    await line.getByLabel("Uren").fill("4");
    await line.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("De regel is verbeterd.").waitFor();
    const after = await rows<{ hours: number }>(
      "SELECT hours FROM hours WHERE person_id = $1 AND activity = $2 ORDER BY id",
      [personId, group],
    );
    expect(after).toEqual([{ hours: 4 }, { hours: 2 }]);
    await context.close();
    // The coordinator approves per line.
    const coord = await openToday(TABLET, COORDINATOR);
    await coord.page.goto("/rooms/cjm/hours");
    const mine = coord.page.locator(".desk-hours li").filter({ hasText: group });
    await mine.first().waitFor();
    await expect(mine.count()).resolves.toBe(2);
    await mine
      .filter({ hasText: /· 4 uren/ })
      .getByRole("button", { name: "Goedkeuren" })
      .click();
    await expect
      .poll(async () =>
        (
          await rows<{ hours: number; status: string }>(
            "SELECT hours, status FROM hours WHERE person_id = $1 AND activity = $2 ORDER BY id",
            [personId, group],
          )
        ).map((r) => `${r.hours}:${r.status}`),
      )
      .toEqual(["4:approved", "2:pending"]);
    await coord.context.close();
  });
});
