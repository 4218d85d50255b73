import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peopleRepository } from "../../src/db/people.repository";
import { volunteersRepository } from "../../src/db/volunteers.repository";
import { logHours } from "../../src/domain/volunteers/log-hours";
import { login, newPage, startTestApp, type TestApp } from "./support/app";

describe("people, members, keys and hours approval (chromium)", () => {
  let app: TestApp;
  let person: { id: number; first_name: string };
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  beforeAll(async () => {
    app = await startTestApp();
    [person] = await app.db.query<{ id: number; first_name: string }>(
      "SELECT id, first_name FROM people WHERE home_room = 'cjm' AND first_name IS NOT NULL ORDER BY id LIMIT 1",
    );
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it("finds a person and adds and ends a ladder stage on their page, refusing an end before the start", async () => {
    const { context, page } = await newPage(app);
    page.setDefaultTimeout(20_000);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/people");
    await page.getByRole("heading", { name: "Mensen" }).waitFor();
    await page.getByLabel("Zoek op voornaam, straat of nummer").fill(person.first_name);
    await page.getByRole("link", { name: person.first_name }).first().click();
    await page.getByRole("heading", { name: person.first_name, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Lid van de coöperatie?" }).waitFor();
    // Add "Lid" from today.
    const addStage = page.locator("form", { has: page.getByRole("button", { name: "Trede toevoegen" }) });
    await addStage.locator("select").selectOption("lid");
    await page.getByRole("button", { name: "Trede toevoegen" }).click();
    const end = page.getByLabel("Laatste dag Lid");
    await end.waitFor();
    await end.fill("2000-01-01");
    await page.getByRole("button", { name: "Beëindigen" }).last().click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("voordat hij begint");
    const stages = await app.db.query<{ to_date: string | null }>(
      "SELECT to_date FROM stages WHERE person_id = $1 AND stage = 'lid'",
      [person.id],
    );
    expect(stages).toEqual([{ to_date: null }]);
    await context.close();
  }, 90_000);

  it("shows the members of the association to the board, with the XLSX list", async () => {
    const { context, page } = await newPage(app);
    await login(page, "bestuur.cjm@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/members");
    await page.getByRole("heading", { name: "Leden van de bewonersvereniging" }).waitFor();
    await page.getByText(/betalende leden in \d{4}/).waitFor();
    const link = page.getByRole("link", { name: "Ledenlijst downloaden (Excel)" });
    const href = await link.getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("spreadsheetml");
    // The board reads, it does not change memberships: no form.
    expect(await page.getByRole("heading", { name: "Lidmaatschap vastleggen" }).count()).toBe(0);
    await context.close();
  }, 90_000);

  it("issues a key, refuses the same key twice at once, and takes it back", async () => {
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/keys");
    await page.getByRole("heading", { name: "Wie heeft nu een sleutel" }).waitFor();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Sleutel uitgeven" }) });
    await form.getByLabel("Sleutelnummer").fill("E2E-7");
    const option = await form.getByLabel("Persoon").locator("option").nth(1).getAttribute("value");
    await form.getByLabel("Persoon").selectOption(option!);
    await form.getByRole("button", { name: "Sleutel uitgeven" }).click();
    await page.getByRole("button", { name: "Innemen E2E-7" }).waitFor();
    await form.getByRole("button", { name: "Sleutel uitgeven" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Sleutel E2E-7 is in die periode al uitgegeven");
    await page.getByRole("button", { name: "Innemen E2E-7" }).click();
    await page.getByRole("button", { name: "Innemen E2E-7" }).waitFor({ state: "detached" });
    const rows = await app.db.query<{ returned: string | null }>(
      "SELECT returned FROM keys WHERE key = 'E2E-7'",
    );
    expect(rows).toEqual([{ returned: today }]);
    await context.close();
  }, 90_000);

  it("lets the coordinator approve hours the desk wrote", async () => {
    const deps = { volunteers: volunteersRepository(app.db), people: peopleRepository(app.db) };
    const id = await logHours(deps, "cjm", {
      personId: person.id,
      date: today,
      hours: 3.5,
      activity: "kookgroep",
      approved: false,
    });
    const { context, page } = await newPage(app);
    await login(page, "coordinator@demo.buurtboek.nl");
    await page.goto("/rooms/cjm/volunteers");
    await page.getByRole("heading", { name: "Uren die wachten op goedkeuring" }).waitFor();
    await page.getByLabel(`${person.first_name} ${today}`).check();
    await page.getByRole("button", { name: "Goedkeuren" }).click();
    await page.getByText("Er wachten geen uren.").waitFor();
    const [row] = await app.db.query<{ status: string }>("SELECT status FROM hours WHERE id = $1", [id]);
    expect(row.status).toBe("approved");
    await context.close();
  }, 90_000);
});
