import { beforeAll, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { partnersRepository } from "../../src/db/partners.repository";
import { referralsRepository } from "../../src/db/referrals.repository";
import type { Actor } from "../../src/domain/auth/roles";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { savePartner } from "../../src/domain/partners/save-partner";
import { createReferral } from "../../src/domain/referrals/create-referral";
import { getReferralOverview } from "../../src/domain/referrals/get-referral-overview";
import { recordOutcome } from "../../src/domain/referrals/record-outcome";
import { updateReferral } from "../../src/domain/referrals/update-referral";
import { describeEachDatabase } from "../support/databases";

// A shared two-core machine: a fresh PGlite plus an import can take over a minute under load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 240_000 });

// The three referral indicators through the indicator engine (src/domain/indicators), on data
// imported from referrals.csv and registered through this context's use cases.
const now = () => new Date("2026-06-15T10:00:00Z");
const coordinator: Actor = { userId: 1, role: "coordinator", rooms: ["cjm", "top"], funderId: null };
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

const BUNDLE = bundleFromCsvTexts({
  "rooms.csv": "room,name,city,variant\ncjm,Casa Jepie Makandra,Amsterdam,full\ntop,TOP,Utrecht,full\n",
  "people.csv": "person,room,first_name\nr1,cjm,Amina\nr2,cjm,Bert\nr3,cjm,Cor\nr4,top,Dina\n",
  "visits.csv": [
    "date,room,activity_type,activity,person",
    "2026-02-20,cjm,social,Inloop,r2",
    "2026-05-02,cjm,forms,Formulierenhulp,r3",
  ].join("\n"),
  "referrals.csv": [
    "date,room,direction,partner,person,partner_type,warm,outcome",
    "2026-01-10,cjm,out,Schuldhulp Amsterdam,r1,debt_help,yes,connected",
    "2026-02-01,cjm,out,Schuldhulp Amsterdam,,,no,not_connected",
    "2026-02-10,cjm,in,Buurtteam Holendrecht,r2,neighbourhood_team,no,",
    "2025-12-01,cjm,in,UWV,r1,benefit_agency,no,connected",
    "2026-03-01,top,out,Buurtteam Ondiep,r4,,yes,pending",
  ].join("\n"),
});

describeEachDatabase("referral indicators through the indicator engine", (db) => {
  let d: Database;
  const indicators = async (rooms: string[]) =>
    (await computeIndicators({ indicators: indicatorsRepository(d) }, { rooms, ...YEAR })).indicators;
  const deps = () => ({ referrals: referralsRepository(d), now });
  const ids = async (sql: string) =>
    Object.fromEntries((await d.query<{ k: string; id: number }>(sql)).map((r) => [r.k, r.id]));

  beforeAll(async () => {
    d = await db();
    const report = await importBundle({ db: d }, BUNDLE);
    expect(report.rejected).toEqual([]);
  });

  it("computes the three figures from the imported referrals.csv", async () => {
    const i = await indicators(["cjm"]);
    // in-referrals of 2026: r2 (visited in February); r1's is from 2025.
    expect(i["output.referred_participating"]).toMatchObject({ value: 1, of: 1 });
    // named persons with a 2026 referral in cjm: r1, r2.
    expect(i["output.referrals"]).toMatchObject({ value: 2, connected_pct: 50 });
    // partners with a 2026 referral in cjm: Schuldhulp Amsterdam, Buurtteam Holendrecht (not UWV: 2025).
    expect(i["output.partners"].value).toBe(2);
    const both = await indicators(["cjm", "top"]);
    expect(both["output.referrals"]).toMatchObject({ value: 3, connected_pct: 50 });
    expect(both["output.partners"].value).toBe(3);
  });

  it("keeps the figures right as referrals are registered, linked and decided in the app", async () => {
    const partners = await ids("SELECT name AS k, id FROM partners");
    const people = await ids("SELECT ref AS k, id FROM people");
    // A partner the room works with but never referred to is listed, not counted.
    await savePartner({ partners: partnersRepository(d) }, coordinator, undefined, {
      name: "Voedselbank Zuidoost",
      type: "food_bank",
      rooms: ["cjm"],
    });
    // An anonymous incoming referral: no person yet, so not in `of`; but its partner counts.
    const { id: anon } = await createReferral(deps(), coordinator, "cjm", {
      direction: "in",
      partnerId: partners.UWV,
      date: "2026-04-20",
    });
    // A pending outgoing referral: counts as a referred person, not in connected_pct.
    const { id: out } = await createReferral(deps(), coordinator, "cjm", {
      direction: "out",
      partnerId: partners["Schuldhulp Amsterdam"],
      personId: people.r2,
      date: "2026-06-01",
    });
    let i = await indicators(["cjm"]);
    expect(i["output.referred_participating"]).toMatchObject({ value: 1, of: 1 });
    expect(i["output.referrals"]).toMatchObject({ value: 2, connected_pct: 50 });
    expect(i["output.partners"].value).toBe(3);

    // The resident came (r3, who visits): the coordinator links them.
    await updateReferral(deps(), "cjm", anon, { personId: people.r3 });
    await recordOutcome(deps(), "cjm", anon, { outcome: "connected", date: "2026-05-02" });
    await recordOutcome(deps(), "cjm", out, { outcome: "connected", date: "2026-06-10" });
    i = await indicators(["cjm"]);
    expect(i["output.referred_participating"]).toMatchObject({ value: 2, of: 2 });
    expect(i["output.referrals"].value).toBe(3);
    // Out rows decided: connected (import), not_connected (import), connected (app) → 2 of 3.
    expect(i["output.referrals"].connected_pct).toBeCloseTo(200 / 3, 10);
    expect(i["output.partners"].value).toBe(3);

    // The overview's connected % is the same figure.
    const o = await getReferralOverview(deps(), ["cjm"], YEAR);
    expect(o.total.connectedPct).toBeCloseTo(i["output.referrals"].connected_pct as number, 10);
    expect(o.total.medianDaysToConnect).toBe(9);
  });
});
