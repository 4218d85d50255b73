import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/roles";
import { DomainError } from "../shared/errors";
import { enrolTwoFactor, type TwoFactorStore } from "./enrol-two-factor";
import type { AuditRepository } from "./ports";
import { base32Decode, newTotpSecret, totp, totpStep } from "./totp";

/** The store's rule as the database applies it: a step is accepted once, and only after the last. */
function memoryStore() {
  const users = new Map<number, { secret: string | null; last: number | null }>();
  const store: TwoFactorStore = {
    async totpSecretOf(id) {
      return users.get(id)?.secret ?? null;
    },
    async enrolTotp(id, secret, step) {
      const u = users.get(id) ?? { secret: null, last: null };
      if (u.last !== null && u.last >= step) return false;
      users.set(id, { secret, last: step });
      return true;
    },
    async acceptTotpStep(id, step) {
      const u = users.get(id);
      if (!u || (u.last !== null && u.last >= step)) return false;
      u.last = step;
      return true;
    },
  };
  return { store, users };
}

const audit: AuditRepository = { list: async () => [], actions: async () => [], append: async () => {} };
const coordinator: Actor = { userId: 7, role: "coordinator", rooms: ["a"], funderId: null };

async function errorCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
  return undefined;
}

describe("enrolTwoFactor", () => {
  const at = new Date("2026-11-25T20:00:10Z");
  it("stores the cleaned secret and the code's step as the replay mark", async () => {
    const { store, users } = memoryStore();
    const secret = newTotpSecret();
    const typed = secret.toLowerCase().replace(/(.{4})/g, "$1 ");
    await enrolTwoFactor({ store, audit, now: () => at }, coordinator, {
      secret: typed,
      code: totp(base32Decode(secret), at),
    });
    expect(users.get(7)).toEqual({ secret, last: totpStep(at) });
    // The enrolment code cannot then be replayed; the next step's code can.
    expect(await store.acceptTotpStep(7, totpStep(at))).toBe(false);
    expect(await store.acceptTotpStep(7, totpStep(at) + 1)).toBe(true);
  });

  it("refuses a code of a step already used, a wrong code and a desk account", async () => {
    const { store } = memoryStore();
    const secret = newTotpSecret();
    const code = totp(base32Decode(secret), at);
    const deps = { store, audit, now: () => at };
    await enrolTwoFactor(deps, coordinator, { secret, code });
    expect(await errorCode(enrolTwoFactor(deps, coordinator, { secret, code }))).toBe("security.code_used");
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await errorCode(enrolTwoFactor(deps, coordinator, { secret, code: wrong }))).toBe(
      "security.bad_code",
    );
    expect(await errorCode(enrolTwoFactor(deps, coordinator, { secret: "!!not base32!!", code }))).toBe(
      "security.bad_code",
    );
    expect(await errorCode(enrolTwoFactor(deps, { ...coordinator, role: "desk" }, { secret, code }))).toBe(
      "security.no_second_factor_for_role",
    );
  });
});
