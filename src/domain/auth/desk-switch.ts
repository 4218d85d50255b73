import { createHash } from "node:crypto";
import type { AuthRepository } from "./ports";
import type { Actor } from "./roles";
import { newSessionToken, PERSONAL_ABSOLUTE_MS } from "./sessions";

/**
 * Shared desk tablets (issue 8). A tablet stays signed in as the room's desk account. A
 * coordinator unlocks it for today with password (+ second factor) and a PIN, and then switches
 * to their own account with the PIN alone. A switched session falls back to the desk after
 * SWITCH_IDLE_MS without a request, at the end of the day, or after 12 hours.
 */
export const SWITCH_IDLE_MS = 5 * 60_000;
/** PIN: 4 to 6 digits. */
export const PIN_PATTERN = /^\d{4,6}$/;
/** After this many wrong PINs in a row, the person's unlock on that tablet is gone. */
export const PIN_MAX_FAILURES = 5;
/** Wait before the next try after 1, 2, 3, 4 wrong PINs (the 5th ends the unlock). */
export const PIN_DELAYS_MS = [1_000, 2_000, 4_000, 8_000];
/**
 * A replaced desk session keeps working this long, so requests already on their way when the
 * id changed do not sign the tablet out. Its token is never given out again.
 */
export const ROTATION_GRACE_MS = 30_000;
/** Roles that may switch on a desk tablet. */
export const SWITCH_ROLES = ["coordinator", "cooperative"] as const;

export type SessionKind = "login" | "switched" | "rotated";

export interface DeskSessionRecord {
  id: string;
  userId: number;
  kind: SessionKind;
  /** For a switched session: the desk session it came from. */
  parentId: string | null;
  lastSeen: Date;
  expiresAt: Date;
}

export interface UnlockRecord {
  deskUserId: number;
  userId: number;
  pinHash: string;
  validUntil: Date;
  failedPins: number;
  lockedUntil: Date | null;
}

/** What the desk-switch use cases need from storage. */
export interface DeskSwitchRepository {
  findSession(id: string): Promise<DeskSessionRecord | null>;
  /** Turns a fresh login session into a switched one under `parentId`. */
  makeSwitched(id: string, parentId: string, expiresAt: Date, now: Date): Promise<void>;
  createSwitchedSession(
    id: string,
    userId: number,
    parentId: string,
    expiresAt: Date,
    now: Date,
  ): Promise<void>;
  /**
   * Gives desk session `oldId` the new id `newId` (same user and absolute expiry); the old one
   * becomes 'rotated' until `graceUntil` and its switched sessions end. False when `oldId` is gone.
   */
  rotateSession(oldId: string, newId: string, now: Date, graceUntil: Date): Promise<boolean>;
  deleteSession(id: string): Promise<void>;
  saveUnlock(deviceHash: string, unlock: Omit<UnlockRecord, "failedPins" | "lockedUntil">): Promise<void>;
  findUnlock(deviceHash: string, userId: number): Promise<UnlockRecord | null>;
  listUnlocked(
    deviceHash: string,
    deskUserId: number,
    now: Date,
  ): Promise<{ userId: number; name: string | null; email: string }[]>;
  /**
   * Counts one PIN try before the PIN is checked, so parallel tries cannot pass the limit: adds
   * one failure and sets the wait for the next try. Returns the failures counted, or null when the
   * unlock is missing, expired, used up or still waiting.
   */
  reservePinTry(deviceHash: string, userId: number, now: Date): Promise<number | null>;
  clearPinFailures(deviceHash: string, userId: number): Promise<void>;
  deleteUnlock(deviceHash: string, userId: number): Promise<void>;
}

/** The device cookie's value is known only to the tablet; the server keeps its hash. */
export function deviceHashOf(deviceToken: string): string {
  return createHash("sha256").update(`device:${deviceToken}`).digest("hex");
}

/** What is hashed for a PIN: bound to the device token, which the database does not hold. */
export function pinSecret(deviceToken: string, pin: string): string {
  return `${deviceToken}:${pin}`;
}

/** The start of the next day in Europe/Amsterdam, as an instant. */
export function endOfDayAmsterdam(now: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
  const [y, m, d] = day.split("-").map(Number);
  // Midnight UTC of the next day, corrected by Amsterdam's offset at that moment (1 or 2 hours).
  const guess = Date.UTC(y, m - 1, d + 1);
  let instant = guess;
  for (let i = 0; i < 2; i++) instant = guess - amsterdamOffsetMs(new Date(instant));
  return new Date(instant);
}

function amsterdamOffsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Amsterdam",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** A switched session ends at 12 hours or when the unlock ends (the end of the day), whichever is first. */
export function switchedExpiry(now: Date, unlockValidUntil: Date): Date {
  return new Date(Math.min(now.getTime() + PERSONAL_ABSOLUTE_MS, unlockValidUntil.getTime()));
}

/** Whether a switched session is still good at `now`: 5 minutes idle, and its absolute end. */
export function switchedSessionAlive(s: { lastSeen: Date; expiresAt: Date }, now: Date): boolean {
  return now < s.expiresAt && now.getTime() - s.lastSeen.getTime() <= SWITCH_IDLE_MS;
}

/** Why a switched session ended, for the audit log. */
export function switchEndReason(s: { expiresAt: Date }, now: Date): "expired" | "idle" {
  return now >= s.expiresAt ? "expired" : "idle";
}

/** Wait after `failures` wrong PINs before the next try. */
export function pinDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return PIN_DELAYS_MS[Math.min(failures, PIN_DELAYS_MS.length) - 1];
}

/** A coordinator may switch on a desk of a room they work for; the cooperative on every desk. */
export function maySwitchOnDesk(
  user: Pick<Actor, "role" | "rooms"> & { disabled?: boolean },
  deskRooms: string[],
): boolean {
  if (user.disabled) return false;
  if (user.role === "cooperative") return true;
  if (user.role !== "coordinator") return false;
  return deskRooms.some((r) => user.rooms.includes(r));
}

/** What every desk-switch use case gets. */
export interface DeskSwitchDeps {
  auth: AuthRepository;
  sessions: DeskSwitchRepository;
  now: () => Date;
}

/**
 * Gives the desk session a new id (the session id changes at every switch) and returns the new
 * token; null when the desk session is gone.
 */
export async function rotateDeskSession(
  sessions: DeskSwitchRepository,
  oldId: string,
  now: Date,
): Promise<string | null> {
  const next = newSessionToken();
  const ok = await sessions.rotateSession(oldId, next.id, now, new Date(now.getTime() + ROTATION_GRACE_MS));
  return ok ? next.token : null;
}
