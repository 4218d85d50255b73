import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators, type IndicatorReport } from "../../src/domain/indicators/compute-indicators";
import { INDICATOR_IDS } from "../../src/domain/indicators/definitions";
import { describeEachDatabase } from "../support/databases";
import { BUNDLE } from "./fixture";

const YEAR = { from: "2021-01-01", to: "2021-12-31" };

describeEachDatabase("indicators on a hand-made bundle", (db) => {
  let d: Database;
  const report = (rooms: string[], period = YEAR): Promise<IndicatorReport> =>
    computeIndicators({ indicators: indicatorsRepository(d) }, { rooms, ...period });

  beforeAll(async () => {
    d = await db();
    const result = await importBundle({ db: d }, bundleFromCsvTexts(BUNDLE));
    expect(result.rejected).toEqual([]);
    expect(result.applied).toBe(true);
  });

  it("gives every indicator of DOMAIN §5 with value and target fields", async () => {
    const r = await report(["c", "a", "b", "a"]);
    expect(r.rooms).toEqual(["a", "b", "c"]);
    expect(r.from).toBe("2021-01-01");
    expect(r.to).toBe("2021-12-31");
    expect(Object.keys(r.indicators)).toEqual([...INDICATOR_IDS]);
    for (const i of Object.values(r.indicators)) {
      expect(Object.keys(i).slice(0, 4)).toEqual(["value", "target", "target_of", "target_status"]);
    }
  });

  it("counts unique persons per activity type, once across rooms, plus anonymous first-timers", async () => {
    const i = (await report(["a", "b", "c"])).indicators;
    // social: p1 (three visits, two types, two rooms) + 4 anonymous first-timers; the 7 regulars not.
    expect(i["process.social"]).toMatchObject({ value: 5, named: 1 });
    // jobs: p4's row of 2 + the anonymous 5.
    expect(i["process.jobs"].value).toBe(7);
    expect(i["process.jobs"]).not.toHaveProperty("named");
    expect(i["process.computer"]).toMatchObject({ value: 1, named: 1 });
    expect(i["process.language"]).toMatchObject({ value: 2, named: 0 });
    // p2's row has count 3 but is one person.
    expect(i["process.forms"]).toMatchObject({ value: 1, named: 1 });
    // p1's debt visit of 2020-12-31 and p2's work visit of 2022 fall outside.
    expect(i["process.debt"]).toMatchObject({ value: 1, named: 1 });
    expect(i["process.work"]).toMatchObject({ value: 1, named: 1 });
    // named p1, p2, p3, p4 (jobs counts as a participant), p6; anonymous 4 + 2 (the jobs tally adds none).
    expect(i["process.total"]).toMatchObject({ value: 11, named: 5 });
  });

  it("counts a person once across rooms but in each room alone", async () => {
    const a = (await report(["a"])).indicators;
    const b = (await report(["b"])).indicators;
    const ab = (await report(["a", "b"])).indicators;
    expect(a["process.total"]).toMatchObject({ value: 7, named: 3 }); // p1 p2 p4 + 4
    expect(b["process.total"]).toMatchObject({ value: 4, named: 2 }); // p1 p3 + 2
    expect(ab["process.total"]).toMatchObject({ value: 10, named: 4 }); // p1 once
    expect(a["process.jobs"].value).toBe(2);
    expect(b["process.jobs"].value).toBe(5);
  });

  it("computes the volunteer, key, member, placement and paid-work outputs", async () => {
    const i = (await report(["a", "b", "c"])).indicators;
    // p1 3.5 + 2 + 1.25, p2 4; staff_unpaid and 2020 hours left out.
    expect(i["output.active_volunteers"]).toMatchObject({ value: 2, hours: 10.75, avg_hours: 5.375 });
    // (a, Klussendienst), (b, Tuingroep); p2's hours have no group.
    expect(i["output.volunteer_groups"].value).toBe(2);
    // K1 p1, K2 p2 (returned on 1 January: held that day), K4 p1 again; K3 returned in 2020, K5 from 2022.
    expect(i["output.key_holders"].value).toBe(2);
    // p1 (paid in a and b), p3; p2 did not pay, p4 paid for 2020.
    expect(i["output.members"].value).toBe(2);
    // p1 twice (participation ending 1 January, day activity), p4 from 31 December; perspective job and 2022 not.
    expect(i["output.placements"].value).toBe(2);
    expect(i["output.paid_work"].value).toBe(1);
    const a = (await report(["a"])).indicators;
    expect(a["output.active_volunteers"]).toMatchObject({ value: 2, hours: 9.5, avg_hours: 4.75 });
    expect(a["output.volunteer_groups"].value).toBe(1);
    expect(a["output.members"].value).toBe(1);
    expect((await report(["b"])).indicators["output.key_holders"].value).toBe(1);
  });

  it("computes referrals, partners, referred and newcomers taking part", async () => {
    const i = (await report(["a", "b", "c"])).indicators;
    // in-referrals in 2021: p2 (visited) and p5 (never came); p4's is from 2020.
    expect(i["output.referred_participating"]).toMatchObject({ value: 1, of: 2 });
    // named persons with a referral: p2, p5, p3, p1.
    expect(i["output.referrals"].value).toBe(4);
    // out rows: connected 2 (p3, p1), not connected 1, pending and empty left out.
    expect(i["output.referrals"].connected_pct).toBeCloseTo(200 / 3, 10);
    expect(i["output.partners"].value).toBe(5);
    // newcomers: p2 (since March 2021, visited), p5 (no since, never came); p3 registered in 2022.
    expect(i["output.newcomers_participating"]).toMatchObject({ value: 1, of: 2 });
    const b = (await report(["b"])).indicators;
    expect(b["output.newcomers_participating"]).toMatchObject({ value: 0, of: 0 });
    expect(b["output.referrals"]).toMatchObject({ value: 1, connected_pct: 50 });
  });

  it("computes surveys, interviews, budget and audit", async () => {
    const i = (await report(["a", "b", "c"])).indicators;
    expect(i["impact.confidence"].value).toBeCloseTo(200 / 3, 10);
    expect(i["impact.pleasant_living"].value).toBe(50);
    expect(i["input.team_score"].value).toBe(7.75);
    expect(i["input.partner_score"].value).toBe(9);
    expect(i["impact.evictions"].value).toBe(3);
    expect(i["impact.nuisance"].value).toBe(3.5);
    expect(i["impact.benefit_care_costs"].value).toBe(2.5);
    // 40000 + 5000.25 + 30000 + 1000 − (36000 + 12000.50 + 24000)
    expect(i["input.budget_balanced"]).toMatchObject({ value: 3999.75, met: true });
    expect(i["input.spending_accounted"].value).toBe("negative");
    const a = (await report(["a"])).indicators;
    expect(a["input.budget_balanced"]).toMatchObject({ value: -3000.25, met: false });
    expect(a["input.spending_accounted"].value).toBe("positive");
    expect(a["impact.pleasant_living"].value).toBe(100);
    expect((await report(["a", "c"])).indicators["input.spending_accounted"].value).toBeNull();
  });

  it("gives null for survey, interview, budget and audit figures without data, 0 for counts", async () => {
    const c = (await report(["c"])).indicators;
    for (const id of [
      "impact.confidence",
      "impact.pleasant_living",
      "impact.benefit_care_costs",
      "impact.evictions",
      "impact.nuisance",
      "input.budget_balanced",
      "input.spending_accounted",
      "input.team_score",
      "input.partner_score",
    ] as const) {
      expect(c[id].value, id).toBeNull();
    }
    expect(c["input.budget_balanced"].met).toBeNull();
    expect(c["output.active_volunteers"]).toMatchObject({ value: 0, hours: 0, avg_hours: null });
    expect(c["output.referrals"]).toMatchObject({ value: 0, connected_pct: null });
    expect(c["output.key_holders"].value).toBe(0);
  });

  it("resolves targets from presets and the targets file, adding up count targets over rooms", async () => {
    const a = (await report(["a"])).indicators;
    expect(a["process.social"]).toMatchObject({ target: 350, target_status: "set" });
    expect(a["output.newcomers_participating"]).toMatchObject({
      target: 20,
      target_of: 40,
      target_status: "set",
    });
    expect(a["impact.evictions"]).toMatchObject({ target: 5, target_status: "set" });
    expect(a["impact.confidence"]).toMatchObject({ target: 50, target_status: "set" });
    const c = (await report(["c"])).indicators; // full, opened 2020: first three years
    expect(c["output.key_holders"].target).toBe(10);
    expect(c["impact.evictions"]).toMatchObject({ target: null, target_status: "too_early" });
    const all = (await report(["a", "b", "c"])).indicators;
    expect(all["process.social"]).toMatchObject({ target: 350 + 50 + 150, target_status: "set" });
    expect(all["process.jobs"]).toMatchObject({ target: 40 + 15 + 25, target_status: "set" });
    expect(all["output.newcomers_participating"]).toMatchObject({ target: 35, target_of: 70 });
    // b (light) has no members target yet, so there is no sum.
    expect(all["output.members"]).toMatchObject({ target: null, target_of: null, target_status: "none" });
    expect(all["impact.confidence"]).toMatchObject({ target: null, target_status: "none" });
  });

  it("narrows to a part of the year, and refuses unknown rooms and reversed periods", async () => {
    const q1 = (await report(["a", "b", "c"], { from: "2021-01-01", to: "2021-03-31" })).indicators;
    // named p1, p2 (forms on 11 March); no first-timers before May.
    expect(q1["process.total"]).toMatchObject({ value: 2, named: 2 });
    expect(q1["process.jobs"].value).toBe(0);
    await expect(report(["a", "zz"])).rejects.toMatchObject({ code: "indicators.unknown_room" });
    await expect(report(["a"], { from: "2021-05-01", to: "2021-04-01" })).rejects.toMatchObject({
      code: "indicators.bad_period",
    });
  });
});
