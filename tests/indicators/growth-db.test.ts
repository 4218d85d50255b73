/**
 * Growth in figures (DOMAIN §10, docs/indicators.md "Growth figures") on a small hand-made bundle;
 * every expected number is worked out by hand in the comments. All dates lie far enough back that
 * every stage that ends by time has ended (12 months after the last visit, 6 after the last hours).
 */
import { beforeAll, expect, it } from "vitest";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { peopleRepository } from "../../src/db/people.repository";
import { privacyRepository } from "../../src/db/privacy.repository";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { previousPeriod } from "../../src/domain/indicators/growth";
import { erasePerson } from "../../src/domain/privacy/erase-person";
import { describeEachDatabase } from "../support/databases";
import { GROWTH_BUNDLE } from "./growth-fixture";

/*
 * The stages (origin derived unless said):
 * p1: bezoeker a 2023-05-01..2024-02-01; deelnemer a 2023-06-01..2024-02-01; vrijwilliger a
 *     2023-09-01..2023-09-01 and 2024-10-01..2024-10-01 (more than 6 months apart: two stages);
 *     lid a 2023-01-01..2023-12-31; sleutelvrijwilliger a 2024-06-01..2024-11-30.
 * p2: bezoeker a 2024-03-01..2024-03-05; deelnemer a 2024-03-05; vrijwilliger a 2024-04-01;
 *     lid a 2024-01-01..2024-12-31.
 * p3: bezoeker b and deelnemer b 2024-04-10; vrijwilliger b 2023-01-15; medewerker b from 2024-09-01 (open).
 * p4: bezoeker a 2022-01-01..2022-02-01 and 2024-05-01; deelnemer a 2022-02-01 and 2024-05-01.
 * p5: bezoeker b 2024-06-01 (registration only); bestuursvrijwilliger b 2024-07-01..2024-12-31 (entered).
 */
const BOTH_2024 = {
  // Earliest start in 2024: bezoeker p2, p3, p5 (p1 2023, p4 2022); deelnemer p2, p3; lid p2;
  // vrijwilliger p2 (p1 2023, p3 2023); sleutel p1; bestuurs p5; medewerker p3.
  reached: {
    bezoeker: 3,
    deelnemer: 2,
    lid: 1,
    vrijwilliger: 1,
    sleutelvrijwilliger: 1,
    bestuursvrijwilliger: 1,
    meewerkend_vrijwilliger: 0,
    medewerker: 1,
  },
  // Highest before 2024: p1 vrijwilliger (4) → sleutel (5) up, vrijwilliger again not; p2 none →
  // all four up; p3 vrijwilliger → medewerker up; p4 deelnemer → bezoeker, deelnemer again not;
  // p5 none → bezoeker, bestuurs up. Persons: p1, p2, p3, p5.
  movedUp: {
    bezoeker: 2,
    deelnemer: 1,
    lid: 1,
    vrijwilliger: 1,
    sleutelvrijwilliger: 1,
    bestuursvrijwilliger: 1,
    meewerkend_vrijwilliger: 0,
    medewerker: 1,
  },
  movedUpPersons: 4,
  // None open on 31 December and one ended in 2024: p1 (last: the key, 30 Nov), p2 (last: lid,
  // 31 Dec), p4 (bezoeker and deelnemer on 1 May: the higher), p5 (bestuurs, 31 Dec). p3 is a medewerker.
  stopped: {
    bezoeker: 0,
    deelnemer: 1,
    lid: 1,
    vrijwilliger: 0,
    sleutelvrijwilliger: 1,
    bestuursvrijwilliger: 1,
    meewerkend_vrijwilliger: 0,
    medewerker: 0,
  },
  stoppedPersons: 4,
  // Visitors in 2024: p1, p2, p3, p4; first registration in 2024: p2 only (p3 had hours in 2023).
  participants: { new: 1, returning: 3 },
  // Volunteer hours in 2024: p1 (since 2023), p2 (new).
  volunteers: { new: 1, returning: 1 },
  // Volunteers of 2023: p1, p3; without hours in 2024: p3.
  turnover: { previous: 2, left: 1, value: 0.5 },
};

describeEachDatabase("growth figures on a hand-computed bundle", (db) => {
  beforeAll(async () => {
    const report = await importBundle({ db: await db() }, bundleFromCsvTexts(GROWTH_BUNDLE));
    expect(report.rejected).toEqual([]);
  }, 120_000);

  const growthOf = async (rooms: string[], from = "2024-01-01", to = "2024-12-31") => {
    const d = await db();
    const report = await computeIndicators(
      { indicators: indicatorsRepository(d) },
      { rooms, from, to, growth: true },
    );
    return report.indicators as Record<string, Record<string, unknown>>;
  };

  it("counts reached, moved up and stopped per stage, new and returning, and turnover", async () => {
    const g = await growthOf(["a", "b"]);
    for (const [stage, n] of Object.entries(BOTH_2024.reached))
      expect(g[`growth.reached.${stage}`].value, stage).toBe(n);
    for (const [stage, n] of Object.entries(BOTH_2024.movedUp))
      expect(g[`growth.moved_up.${stage}`].value, stage).toBe(n);
    for (const [stage, n] of Object.entries(BOTH_2024.stopped))
      expect(g[`growth.stopped.${stage}`].value, stage).toBe(n);
    expect(g["growth.moved_up"].value).toBe(BOTH_2024.movedUpPersons);
    expect(g["growth.stopped"].value).toBe(BOTH_2024.stoppedPersons);
    expect(g["growth.participants"]).toMatchObject({
      value: 4,
      ...BOTH_2024.participants,
      target_status: "none",
    });
    expect(g["growth.volunteers"]).toMatchObject({ value: 2, ...BOTH_2024.volunteers });
    expect(g["growth.volunteer_turnover"]).toMatchObject({
      ...BOTH_2024.turnover,
      previous_from: "2023-01-01",
      previous_to: "2023-12-31",
    });
  });

  it("counts one room by its own stages", async () => {
    const g = await growthOf(["b"]);
    // Room b: bezoeker p3, p5; deelnemer p3; medewerker p3; bestuurs p5; p3's vrijwilliger is 2023.
    expect(g["growth.reached.bezoeker"].value).toBe(2);
    expect(g["growth.reached.deelnemer"].value).toBe(1);
    expect(g["growth.reached.vrijwilliger"].value).toBe(0);
    expect(g["growth.reached.medewerker"].value).toBe(1);
    // p3 in b before 2024: vrijwilliger; up to medewerker. p5 up to bezoeker and bestuurs.
    expect(g["growth.moved_up"].value).toBe(2);
    expect(g["growth.participants"]).toMatchObject({ value: 1, new: 0, returning: 1 });
    // Volunteers of 2023 in b: p3, none in 2024.
    expect(g["growth.volunteer_turnover"]).toMatchObject({ value: 1, previous: 1, left: 1 });
    // The first half of 2024: p1's key and p5's seat are later; p2 reached four stages.
    const h = await growthOf(["a"], "2024-01-01", "2024-06-30");
    expect(h["growth.reached.sleutelvrijwilliger"].value).toBe(1);
    expect(h["growth.reached.lid"].value).toBe(1);
    // Stopped by 30 June in a: p4 (1 May); p1 holds the key, p2 the membership.
    expect(h["growth.stopped"].value).toBe(1);
    expect(h["growth.volunteer_turnover"]).toMatchObject({
      previous_from: "2023-07-01",
      previous_to: "2023-12-31",
    });
  });

  it("keeps every figure when a person is erased", async () => {
    const d = await db();
    const before = await growthOf(["a", "b"]);
    const [p2] = await d.query<{ id: number }>("SELECT id FROM people WHERE ref = 'p2'");
    await erasePerson({ privacy: privacyRepository(d), people: peopleRepository(d) }, "a", {
      personId: p2.id,
      reason: "request",
      userId: null,
    });
    expect(await growthOf(["a", "b"])).toEqual(before);
  });
});

it("takes the period before as the same months, or the same number of days", () => {
  expect(previousPeriod("2024-01-01", "2024-12-31")).toEqual({ from: "2023-01-01", to: "2023-12-31" });
  expect(previousPeriod("2024-04-01", "2024-06-30")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
  expect(previousPeriod("2024-03-01", "2024-03-31")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  expect(previousPeriod("2024-01-10", "2024-01-19")).toEqual({ from: "2023-12-31", to: "2024-01-09" });
});
