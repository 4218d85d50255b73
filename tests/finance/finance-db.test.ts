import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { financeRepository } from "../../src/db/finance.repository";
import { addPettyCashEntry } from "../../src/domain/finance/add-petty-cash-entry";
import { getFinanceReport } from "../../src/domain/finance/get-finance-report";
import { getRoomFinance } from "../../src/domain/finance/get-room-finance";
import { importActuals } from "../../src/domain/finance/import-actuals";
import { recordActual } from "../../src/domain/finance/record-actual";
import { saveBudgetLine } from "../../src/domain/finance/save-budget-line";
import { saveContribution } from "../../src/domain/finance/save-contribution";
import { saveFunder } from "../../src/domain/finance/save-funder";
import { setContributionStatus } from "../../src/domain/finance/set-contribution-status";
import { setRates } from "../../src/domain/finance/set-rates";
import { startBudget } from "../../src/domain/finance/start-budget";
import { importBundle } from "../../src/domain/import/import-bundle";
import { readBundle } from "../../src/domain/import/read-bundle";
import { describeEachDatabase } from "../support/databases";
import { FIXTURES } from "./fixture-csv";
import { expectSeed, SEED003, SEED004 } from "./seeds.golden";

describeEachDatabase("finance on the database", (db) => {
  const deps = async () => ({ finance: financeRepository(await db()) });

  beforeAll(async () => {
    const d = await db();
    for (const seed of ["seed004", "seed003"]) {
      const report = await importBundle({ db: d }, await readBundle(join(FIXTURES, seed)));
      expect(report.rejected).toEqual([]);
      expect(report.applied).toBe(true);
    }
  }, 120_000);

  it("reproduces seed 004's tables from the imported bundle", async () => {
    for (const e of SEED004)
      expectSeed(await getFinanceReport(await deps(), { rooms: e.rooms, year: 2021 }), e);
  });

  it("reproduces seed 003's tables and its € 607,250 popular investment", async () => {
    for (const e of SEED003)
      expectSeed(await getFinanceReport(await deps(), { rooms: e.rooms, year: 2021 }), e);
  });

  it("refuses an unknown room and a bad year with a clear message", async () => {
    await expect(getFinanceReport(await deps(), { rooms: ["nope"], year: 2021 })).rejects.toThrow(/nope/);
    await expect(getFinanceReport(await deps(), { rooms: ["cjm"], year: 21 })).rejects.toThrow(/jaar/);
  });

  it("falls back to the statutory minimum wage and € 37 without a rates row", async () => {
    const r = await getFinanceReport(await deps(), { rooms: ["cjm"], year: 2020 });
    expect(r.costs.total).toBe(0);
    expect(r.financing.balance).toBeNull();
    expect(r.popular_planned).toBeNull();
    const f = await getRoomFinance(await deps(), "cjm", 2020);
    expect(f.rates).toEqual({ volunteerHourly: 10.6, staffHourly: 37, source: "default" });
  });

  it("refuses a budget line with an unknown category or an uncorrected negative amount", async () => {
    const d = await deps();
    await expect(saveBudgetLine(d, { roomId: "cjm", year: 2022, code: "F1", amount: 10 })).rejects.toThrow(
      /onbekende categorie/,
    );
    await expect(saveBudgetLine(d, { roomId: "cjm", year: 2022, code: "C1", amount: -10 })).rejects.toThrow(
      /correctie/,
    );
    const line = await saveBudgetLine(d, {
      roomId: "cjm",
      year: 2022,
      code: "e3",
      amount: -10,
      correction: true,
    });
    expect(line).toMatchObject({ code: "E3", amount: -10, indirect: true, correction: true });
  });

  it("refuses a rate of 0", async () => {
    await expect(setRates(await deps(), { year: 2022, volunteerHourly: 0, staffHourly: 37 })).rejects.toThrow(
      /meer dan € 0/,
    );
  });

  it("starts a budget from a template or from last year with an index, never twice", async () => {
    const d = await deps();
    const light = await startBudget(d, {
      roomId: "top",
      year: 2020,
      start: { from: "template", template: "light" },
    });
    expect(light.reduce((s, l) => s + l.amount, 0)).toBe(73000);
    await expect(
      startBudget(d, { roomId: "top", year: 2020, start: { from: "template", template: "full" } }),
    ).rejects.toThrow(/al een begroting/);
    await startBudget(d, { roomId: "top", year: 2022, start: { from: "copy", fromYear: 2021, indexPct: 2 } });
    const r = await getFinanceReport(d, { rooms: ["top"], year: 2022 });
    expect(r.costs.total).toBe(
      // every 2021 line × 1.02 rounded to whole euros
      [35460, 11712, 7320, 27408, 6216, 11040, 4800, 1020, 3000, 1452, 1020, 1500, 1020, 1020]
        .map((x) => Math.round(x * 1.02))
        .reduce((s, x) => s + x, 0),
    );
  });

  it("warns for a contribution without a budget and moves status only forward", async () => {
    const d = await deps();
    const funder = await saveFunder(d, {
      name: "Testfonds",
      type: "private_fund",
      contact: "info@example.org",
    });
    await expect(saveFunder(d, { name: "testfonds", type: "private_fund" })).rejects.toThrow(
      /al een financier/,
    );
    await expect(saveFunder(d, { name: "X", type: "bank" })).rejects.toThrow(/bestaat niet/);
    const k = await saveContribution(d, {
      roomId: "hvlr",
      year: 2023,
      funderId: funder.id,
      amount: 5000,
      today: "2023-01-10",
    });
    expect(k.warnings.map((w) => w.code)).toEqual(["finance.no_budget"]);
    // Requested money does not count yet.
    expect((await getFinanceReport(d, { rooms: ["hvlr"], year: 2023 })).financing.formal).toBe(0);
    const granted = await setContributionStatus(d, {
      roomId: "hvlr",
      id: k.id,
      status: "granted",
      today: "2023-02-01",
    });
    expect(granted).toMatchObject({ status: "granted", requestedOn: "2023-01-10", grantedOn: "2023-02-01" });
    expect((await getFinanceReport(d, { rooms: ["hvlr"], year: 2023 })).financing.by_type).toEqual({
      private_fund: 5000,
    });
    await expect(
      setContributionStatus(d, { roomId: "hvlr", id: k.id, status: "requested", today: "2023-02-02" }),
    ).rejects.toThrow(/kan niet/);
    await expect(
      saveContribution(d, {
        roomId: "hvlr",
        year: 2023,
        funderId: funder.id,
        amount: -1,
        today: "2023-01-10",
      }),
    ).rejects.toThrow(/negatief/);
  });

  it("keeps the petty cash book with a warning above € 250 a month, and spending per quarter", async () => {
    const d = await deps();
    const first = await addPettyCashEntry(
      d,
      { roomId: "zuilen", date: "12-03-2021", amount: 200, category: "coffee_tea", receipt: true },
      null,
    );
    expect(first.warnings).toEqual([]);
    const second = await addPettyCashEntry(
      d,
      { roomId: "zuilen", date: "2021-03-20", amount: 60, category: "materials", receipt: false },
      null,
    );
    expect(second.warnings[0].nl).toMatch(/€ 260\.00.*meer dan € 250/);
    await expect(
      addPettyCashEntry(
        d,
        { roomId: "zuilen", date: "2021-03-20", amount: 5, category: "beer", receipt: false },
        null,
      ),
    ).rejects.toThrow(/bestaat niet/);
    await recordActual(d, { roomId: "zuilen", date: "2021-05-31", code: "C1", amount: 3750 }, null);
    await expect(
      recordActual(d, { roomId: "zuilen", date: "2021-13-01", code: "C1", amount: 1 }, null),
    ).rejects.toThrow(/datum/);
    const f = await getRoomFinance(d, "zuilen", 2021);
    expect(f.spending.lines.find((l) => l.code === "C1")).toMatchObject({
      budget: 15000,
      actual: [0, 3750, 0, 0],
      remaining: 11250,
    });
    expect(f.spending.lines.find((l) => l.code === "D1")?.actual).toEqual([260, 0, 0, 0]);
    expect(f.pettyCash.months).toEqual([
      { month: "2021-03", total: 260, entries: 2, withoutReceipt: 1, overLimit: true },
    ]);
    expect(f.warnings.map((w) => w.code)).toContain("finance.petty_cash_over_limit");
    expect(f.warnings.map((w) => w.code)).toContain("finance.budget_unbalanced");
  });

  it("shows each housing corporation's share of the participants and its pro-rata part", async () => {
    const d = await db();
    await d.query(
      `INSERT INTO people (ref, home_room, landlord) VALUES ('h1','top','Mitros'),('h2','top','Mitros'),
         ('h3','top','Portaal'),('h4','top',NULL)`,
    );
    await d.query(
      `INSERT INTO visits (room_id, date, activity_type, person_id)
       SELECT 'top', '2021-04-01', 'social', id FROM people WHERE ref IN ('h1','h2','h3','h4')`,
    );
    const f = await getRoomFinance(await deps(), "top", 2021);
    expect(f.housing.participants).toBe(4);
    expect(f.housing.corporationsPart).toBe(10000);
    expect(f.housing.landlords).toEqual([
      { landlord: "Mitros", tenants: 2, share: 0.5, corporation: true, proRata: 6666.67 },
      { landlord: "Portaal", tenants: 1, share: 0.25, corporation: true, proRata: 3333.33 },
    ]);
  });

  it("imports actual spending from the bookkeeping all or nothing, and only once", async () => {
    const d = await deps();
    const bad = await importActuals(
      d,
      {
        roomId: "hvlr",
        csv: "date;code;amount;description\n31-01-2021;C1;926,00;huur januari\n2021-02-30;C1;926;x\n2021-02-28;F1;-5;y\n",
      },
      null,
    );
    expect(bad.imported).toBe(0);
    expect(bad.rejected).toEqual([
      { line: 3, field: "date", reason: expect.stringMatching(/geen geldige datum/) },
      { line: 4, field: "code", reason: expect.stringMatching(/geen begrotingscode/) },
    ]);
    const csv =
      "date,code,amount,description,correction\n2021-01-31,C1,926,huur,\n2021-01-31,C1,926,huur,\n2021-04-30,C1,-26,terug,ja\n";
    expect(await importActuals(d, { roomId: "hvlr", csv }, null)).toEqual({
      imported: 3,
      unchanged: 0,
      rejected: [],
    });
    expect(await importActuals(d, { roomId: "hvlr", csv }, null)).toEqual({
      imported: 0,
      unchanged: 3,
      rejected: [],
    });
    const f = await getRoomFinance(d, "hvlr", 2021);
    expect(f.spending.lines.find((l) => l.code === "C1")?.actual).toEqual([1852, -26, 0, 0]);
  });
});
