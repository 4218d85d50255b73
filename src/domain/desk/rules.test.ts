import { describe, expect, it } from "vitest";
import {
  checkRegistrationDate,
  countDay,
  growthNudge,
  hoursDateAllowed,
  isoWeekday,
  onCallList,
  orderForToday,
} from "./rules";

describe("countDay (INTERCHANGE counting)", () => {
  it("counts a named person once whatever the rows, and adds anonymous tallies", () => {
    const c = countDay("social", [
      { personId: 1, count: 1, firstTime: false },
      { personId: 1, count: 3, firstTime: false },
      { personId: 2, count: 1, firstTime: false },
      { personId: null, count: 2, firstTime: true },
      { personId: null, count: 1, firstTime: false },
    ]);
    expect(c).toEqual({ total: 5, named: 2, anonymous: 3, firstTime: 2, jobs: 8 });
  });

  it("counts jobs, not persons, for the jobs type", () => {
    const c = countDay("jobs", [
      { personId: 7, count: 2, firstTime: false },
      { personId: null, count: 3, firstTime: false },
    ]);
    expect(c.total).toBe(5);
    expect(c.named).toBe(1);
  });

  it("is zero on an empty day", () => {
    expect(countDay("forms", [])).toEqual({ total: 0, named: 0, anonymous: 0, firstTime: 0, jobs: 0 });
  });
});

describe("today's order", () => {
  it("puts the activities of this weekday first, then today's, then by name", () => {
    const acts = [
      { id: 1, name: "Yoga" },
      { id: 2, name: "Eettafel" },
      { id: 3, name: "Taalcafé" },
      { id: 4, name: "Cv-hulp" },
    ];
    const order = orderForToday(acts, {
      weekday: new Map([
        [3, 10],
        [1, 2],
      ]),
      today: new Map([[2, 1]]),
    }).map((a) => a.id);
    expect(order).toEqual([3, 1, 2, 4]);
  });

  it("knows the ISO weekday", () => {
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });
});

describe("growth nudge", () => {
  it("asks after three visit days for what is missing only", () => {
    expect(growthNudge({ visitDaysThisYear: 2, hasContact: false, isMember: false })).toEqual({
      askContact: false,
      askMembership: false,
    });
    expect(growthNudge({ visitDaysThisYear: 3, hasContact: true, isMember: false })).toEqual({
      askContact: false,
      askMembership: true,
    });
    expect(growthNudge({ visitDaysThisYear: 9, hasContact: true, isMember: true })).toEqual({
      askContact: false,
      askMembership: false,
    });
  });
});

describe("call list (belronde)", () => {
  const today = "2026-11-25";
  it("lists a regular not seen for three weeks", () => {
    expect(onCallList({ visitDays: 8, lastVisit: "2026-11-04", lastCall: null }, today)).toBe(true);
    expect(onCallList({ visitDays: 8, lastVisit: "2026-11-05", lastCall: null }, today)).toBe(false);
    expect(onCallList({ visitDays: 4, lastVisit: "2026-10-01", lastCall: null }, today)).toBe(false);
  });
  it("drops them once called, and retries no answer after a week", () => {
    const base = { visitDays: 8, lastVisit: "2026-10-01" };
    expect(onCallList({ ...base, lastCall: { date: "2026-11-20", outcome: "reached" } }, today)).toBe(false);
    expect(onCallList({ ...base, lastCall: { date: "2026-11-20", outcome: "no_answer" } }, today)).toBe(
      false,
    );
    expect(onCallList({ ...base, lastCall: { date: "2026-11-18", outcome: "no_answer" } }, today)).toBe(true);
    // A call before the last visit is old news.
    expect(onCallList({ ...base, lastCall: { date: "2026-09-01", outcome: "reached" } }, today)).toBe(true);
  });
});

describe("dates", () => {
  it("refuses the future and, for the desk, more than a month back", () => {
    expect(checkRegistrationDate("2026-11-26", "2026-11-25", "coordinator")).toBe("future");
    expect(checkRegistrationDate("2026-10-20", "2026-11-25", "desk")).toBe("too_old");
    expect(checkRegistrationDate("2026-10-20", "2026-11-25", "coordinator")).toBe("ok");
    expect(checkRegistrationDate("2026-11-25", "2026-11-25", "desk")).toBe("ok");
  });
  it("lets volunteers log today and correct yesterday only", () => {
    expect(hoursDateAllowed("2026-11-25", "2026-11-25")).toBe(true);
    expect(hoursDateAllowed("2026-11-24", "2026-11-25")).toBe(true);
    expect(hoursDateAllowed("2026-11-23", "2026-11-25")).toBe(false);
  });
});
