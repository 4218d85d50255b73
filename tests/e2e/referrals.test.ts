import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

describe("referrals: from a help question at the desk to the overview (chromium)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it("desk starts a referral from a help question, the coordinator marks it connected, the overview updates", async () => {
    // The coordinator adds the partner on the partners screen.
    const coord = await newPage(app);
    await login(coord.page, "coordinator@demo.buurtboek.nl");
    await coord.page.goto("/rooms/cjm/partners");
    await coord.page.getByRole("heading", { name: "Partners", exact: true }).waitFor();
    await coord.page.getByLabel("Naam", { exact: true }).fill("Schuldhulp Zuidoost");
    await coord.page.getByLabel("Soort").selectOption("debt_help");
    await coord.page.getByLabel("Contactpersoon").fill("Els de Vries");
    await coord.page.getByLabel("Telefoon").fill("020-1234567");
    await coord.page.getByRole("button", { name: "Opslaan" }).click();
    await coord.page.getByRole("cell", { name: "Schuldhulp Zuidoost" }).waitFor();

    // Overview before: nothing referred this year in the demo.
    await coord.page.goto("/rooms/cjm/referral-overview");
    const total = coord.page.getByTestId("overview-total");
    await total.waitFor();
    const before = await total.locator("td").allTextContents();

    // The desk notes a help question through the desk's own route (its use case addHelpQuestion).
    const desk = await newPage(app);
    await login(desk.page, "balie.cjm@demo.buurtboek.nl");
    const [person] = await app.db.query<{ id: number; first_name: string }>(
      "SELECT id, first_name FROM people WHERE home_room = 'cjm' AND first_name IS NOT NULL ORDER BY id LIMIT 1",
    );
    const res = await desk.page.request.post("/api/rooms/cjm/desk/help-questions", {
      headers: { "x-buurtboek": "1" },
      data: { personId: person.id, domains: ["poverty", "housing"], note: "Brief van de deurwaarder" },
    });
    expect(res.status()).toBe(201);
    const { id: helpQuestionId } = (await res.json()) as { id: number };

    // At the desk: start the referral from that help question.
    await desk.page.goto("/rooms/cjm");
    await desk.page.getByRole("link", { name: /Verwijzen/ }).click();
    await desk.page.getByRole("heading", { name: "Nieuwe verwijzing" }).waitFor();
    await desk.page.getByLabel("Vanuit hulpvraag").selectOption(String(helpQuestionId));
    expect(await desk.page.getByRole("checkbox", { name: "Geld en schulden" }).isChecked()).toBe(true);
    expect(await desk.page.getByRole("checkbox", { name: "Wonen" }).isChecked()).toBe(true);
    // Bad input: no partner chosen → a clear Dutch message.
    await desk.page.getByRole("button", { name: "Verwijzing opslaan" }).click();
    await expect(desk.page.getByRole("alert").textContent()).resolves.toContain("Kies een partner");
    await desk.page
      .getByRole("combobox", { name: /^Partner/ })
      .selectOption({ label: "Schuldhulp Zuidoost (Schuldhulp)" });
    await desk.page.getByLabel("Warm: een vrijwilliger gaat mee").check();
    await desk.page.getByLabel(/toestemming om gegevens te delen/).check();
    await desk.page.getByLabel("Afspraak (dag, tijd, plaats)").fill("dinsdag 10:00, Kruisweg 5");
    await desk.page.getByLabel("Vrijwilliger die meegaat").fill("Ria");
    await desk.page.getByRole("button", { name: "Verwijzing opslaan" }).click();
    await desk.page.getByText("De verwijzing is opgeslagen.").waitFor();
    await desk.context.close();

    // The coordinator finds it in the room's list and marks it connected.
    await coord.page.goto("/rooms/cjm/referrals");
    const row = coord.page.getByRole("row").filter({ hasText: "Schuldhulp Zuidoost" }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(person.first_name);
    expect(await row.textContent()).toContain("Loopt nog");
    await row.getByRole("link").click();
    await coord.page.getByRole("heading", { name: /Verwijzing: Schuldhulp Zuidoost/ }).waitFor();
    await coord.page.getByLabel("Gelukt: contact gelegd").check();
    await coord.page.getByRole("button", { name: "Uitkomst opslaan" }).click();
    await coord.page.getByText(/Uitkomst: Gelukt op/).waitFor();

    // The printable note: the resident's name, the partner, the appointment, the volunteer.
    await coord.page.getByRole("link", { name: "Verwijsbrief afdrukken" }).click();
    const note = coord.page.locator(".referral-note");
    await note.waitFor();
    const noteText = (await note.textContent()) ?? "";
    for (const s of [
      person.first_name,
      "Schuldhulp Zuidoost",
      "Els de Vries",
      "dinsdag 10:00, Kruisweg 5",
      "Ria",
    ])
      expect(noteText).toContain(s);

    // The overview now counts it: the room has one more out, still as many pending (the demo's own
    // referrals stay as they were), and the new partner's row reads 0 in, 1 out, 100% connected.
    await coord.page.goto("/rooms/cjm/referral-overview");
    await total.waitFor();
    await expect
      .poll(async () => (await total.locator("td").allTextContents()).join("|"), { timeout: 5000 })
      .not.toBe(before.join("|"));
    const after = await total.locator("td").allTextContents();
    // in, out, pending, connected %, median days
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(String(Number(before[1]) + 1));
    expect(after[2]).toBe(before[2]);
    const partnerRow = coord.page
      .getByRole("table", { name: "Per partner" })
      .getByRole("row")
      .filter({ hasText: "Schuldhulp Zuidoost" });
    await partnerRow.waitFor();
    expect(await partnerRow.locator("td").allTextContents()).toEqual(["0", "1", "0", "100%", "0"]);
    await coord.context.close();
  }, 120_000);

  it("puts a pending referral past its follow-up date on the coordinator's list", async () => {
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    const [person] = await app.db.query<{ first_name: string }>(
      "SELECT first_name FROM people WHERE home_room = 'cjm' AND first_name IS NOT NULL ORDER BY id DESC LIMIT 1",
    );
    const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    await page.goto("/rooms/cjm/referrals/new");
    await page.getByLabel(/Bewoner zoeken/).fill(person.first_name);
    await page
      .getByRole("button", { name: new RegExp(`^${person.first_name}`) })
      .first()
      .click();
    await page
      .getByRole("combobox", { name: /^Partner/ })
      .selectOption({ label: "Schuldhulp Zuidoost (Schuldhulp)" });
    await page.getByLabel("Datum", { exact: true }).fill(iso(30));
    await page.getByLabel("Navragen op").fill(iso(20));
    await page.getByRole("button", { name: "Verwijzing opslaan" }).click();
    await page.getByRole("heading", { name: /Verwijzing: Schuldhulp Zuidoost/ }).waitFor();
    await page
      .getByRole("link", { name: /Verwijzingen/ })
      .first()
      .click();
    const followUp = page.getByRole("region", { name: "Na te vragen" });
    await followUp.getByRole("row").filter({ hasText: person.first_name }).waitFor();
    await context.close();
  }, 120_000);
});
