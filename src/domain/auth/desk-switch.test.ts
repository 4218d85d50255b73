import { describe, expect, it } from "vitest";
import {
  deviceHashOf,
  endOfDayAmsterdam,
  maySwitchOnDesk,
  PIN_PATTERN,
  pinDelayMs,
  SWITCH_IDLE_MS,
  switchEndReason,
  switchedExpiry,
  switchedSessionAlive,
} from "./desk-switch";

const at = (iso: string) => new Date(iso);

describe("desk switch rules", () => {
  it("ends an unlock at midnight in Amsterdam, also on the days the clock changes", () => {
    // Winter time (UTC+1).
    expect(endOfDayAmsterdam(at("2026-11-25T20:00:00Z")).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    // Half past midnight in Amsterdam is already the next day.
    expect(endOfDayAmsterdam(at("2026-11-25T23:30:00Z")).toISOString()).toBe("2026-11-26T23:00:00.000Z");
    // Summer time (UTC+2).
    expect(endOfDayAmsterdam(at("2026-07-01T10:00:00Z")).toISOString()).toBe("2026-07-01T22:00:00.000Z");
    // The day summer time starts (29 March 2026): midnight after it is in summer time.
    expect(endOfDayAmsterdam(at("2026-03-29T10:00:00Z")).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // The day before: midnight is still winter time.
    expect(endOfDayAmsterdam(at("2026-03-28T12:00:00Z")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    // The day winter time comes back (25 October 2026).
    expect(endOfDayAmsterdam(at("2026-10-25T10:00:00Z")).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("lets a switched session live 5 minutes without a request, and not past its end", () => {
    const lastSeen = at("2026-11-25T10:00:00Z");
    const expiresAt = at("2026-11-25T23:00:00Z");
    const s = { lastSeen, expiresAt };
    expect(switchedSessionAlive(s, new Date(lastSeen.getTime() + SWITCH_IDLE_MS))).toBe(true);
    expect(switchedSessionAlive(s, new Date(lastSeen.getTime() + SWITCH_IDLE_MS + 1))).toBe(false);
    expect(switchEndReason(s, new Date(lastSeen.getTime() + SWITCH_IDLE_MS + 1))).toBe("idle");
    const late = { lastSeen: at("2026-11-25T22:58:00Z"), expiresAt };
    expect(switchedSessionAlive(late, at("2026-11-25T22:59:59Z"))).toBe(true);
    expect(switchedSessionAlive(late, at("2026-11-25T23:00:00Z"))).toBe(false);
    expect(switchEndReason(late, at("2026-11-25T23:00:00Z"))).toBe("expired");
  });

  it("ends a switched session at the end of the unlock's day or after 12 hours, whichever is first", () => {
    const midnight = at("2026-11-25T23:00:00Z");
    expect(switchedExpiry(at("2026-11-25T20:00:00Z"), midnight)).toEqual(midnight);
    expect(switchedExpiry(at("2026-11-25T06:00:00Z"), midnight)).toEqual(at("2026-11-25T18:00:00Z"));
  });

  it("makes the wait grow with each wrong PIN", () => {
    const waits = [0, 1, 2, 3, 4].map(pinDelayMs);
    expect(waits[0]).toBe(0);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
  });

  it("accepts PINs of 4 to 6 digits only", () => {
    for (const ok of ["1234", "12345", "000000"]) expect(PIN_PATTERN.test(ok)).toBe(true);
    for (const bad of ["123", "1234567", "12a4", " 1234", "1234\n", "١٢٣٤"])
      expect(PIN_PATTERN.test(bad)).toBe(false);
  });

  it("lets a coordinator of the desk's room and the cooperative switch, nobody else", () => {
    expect(maySwitchOnDesk({ role: "coordinator", rooms: ["a", "b"] }, ["a"])).toBe(true);
    expect(maySwitchOnDesk({ role: "coordinator", rooms: ["b"] }, ["a"])).toBe(false);
    expect(maySwitchOnDesk({ role: "cooperative", rooms: [] }, ["a"])).toBe(true);
    expect(maySwitchOnDesk({ role: "cooperative", rooms: [], disabled: true }, ["a"])).toBe(false);
    for (const role of ["desk", "board", "funder"] as const)
      expect(maySwitchOnDesk({ role, rooms: ["a"] }, ["a"])).toBe(false);
  });

  it("keeps the device token out of the database: only a hash, different per device", () => {
    expect(deviceHashOf("x")).toMatch(/^[0-9a-f]{64}$/);
    expect(deviceHashOf("x")).not.toBe(deviceHashOf("y"));
  });
});
