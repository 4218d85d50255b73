import { getCookie } from "hono/cookie";
import { authRepository } from "../../db/auth.repository";
import type { Database } from "../../db/database";
import { securityRepository } from "../../db/security.repository";
import { FailureTally } from "../../domain/auth/failure-tally";
import { type LoginDeps, login } from "../../domain/auth/login";
import { sessionIdOf } from "../../domain/auth/sessions";
import { Throttle } from "../../domain/auth/throttle";
import { mustEnrolFirst } from "../../domain/security/two-factor-policy";
import { clearSessionCookie, logoutToDesk, SESSION_COOKIE, setSessionCookie } from "../auth";
import { clientAddress } from "../client-address";
import { ALL_ROLES, defineRoute, z } from "../route";

/**
 * The login's guards, one set per database (so tests with several apps in one process keep their
 * counts apart): a count per e-mail, shared with the desk tablet's unlock and the confirmation of
 * a second-factor change; a count per client address (clientAddress(), so behind a trusted proxy
 * the real one) across e-mails, 30 failures before the growing delay, so a room's tablets behind
 * one address are not stopped by a few typing errors while a script trying many accounts is; and
 * the tally of failures with unknown e-mails.
 */
export interface LoginGuards {
  throttle: Throttle;
  addressThrottle: Throttle;
  unknownEmails: FailureTally;
}
const guards = new WeakMap<Database, LoginGuards>();
export function loginGuardsOf(db: Database): LoginGuards {
  const known = guards.get(db);
  if (known) return known;
  const made = {
    throttle: new Throttle(),
    addressThrottle: new Throttle(30),
    unknownEmails: new FailureTally(),
  };
  guards.set(db, made);
  return made;
}

/**
 * Writes the counted failed logins with unknown e-mails of the minutes that are over (all of them
 * with `all`, at shutdown): one audit row per address and minute. Called at every login and by the
 * server's minute timer.
 */
export async function flushUnknownLogins(db: Database, now: Date, all = false): Promise<void> {
  const tally = loginGuardsOf(db).unknownEmails;
  const auth = authRepository(db);
  for (const t of all ? tally.drain() : tally.due(now.getTime()))
    await auth.audit({
      userId: null,
      action: "login_failed",
      details: { address: t.address, minute: t.minute, count: t.count, unknownEmail: true },
    });
}

/** The login's rules as the login page and the desk tablet's unlock use them. */
export function loginDeps(deps: { db: Database; now: () => Date }): LoginDeps {
  const security = securityRepository(deps.db);
  return {
    auth: authRepository(deps.db),
    ...loginGuardsOf(deps.db),
    now: deps.now,
    totpSecretOf: security.totpSecretOf,
    acceptTotpStep: security.acceptTotpStep,
  };
}

export const authRoutes = [
  defineRoute({
    method: "post",
    path: "/api/login",
    summary: "Inloggen met e-mail en wachtwoord",
    roles: "public",
    body: z.object({
      email: z.string().min(1).max(320),
      password: z.string().min(1).max(1000),
      code: z.string().max(10).optional(),
    }),
    handler: async ({ deps, body, c }) => {
      await flushUnknownLogins(deps.db, deps.now());
      const { token } = await login(loginDeps(deps), { ...body, address: clientAddress(c) });
      setSessionCookie(c, token);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/logout",
    summary: "Uitloggen",
    roles: ALL_ROLES,
    handler: async ({ deps, c }) => {
      if (await logoutToDesk(c, deps)) return { ok: true, desk: true };
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await authRepository(deps.db).deleteSession(sessionIdOf(token));
      clearSessionCookie(c);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/me",
    summary: "Wie ben ik: rol en kamers (en of ik eerst tweestapsverificatie moet aanzetten)",
    roles: ALL_ROLES,
    handler: async ({ deps, actor }) => {
      const user = await authRepository(deps.db).findUserById(actor!.userId);
      return {
        id: user!.id,
        email: user!.email,
        name: user!.name,
        role: user!.role,
        rooms: user!.rooms,
        locale: user!.locale,
        // Policy "required" and no second factor yet: the web app goes to the enrolment page.
        twoFactorRequired: mustEnrolFirst(deps.twoFactor, user!),
        // The second factor was replaced, removed or reset since the owner last read the notice.
        twoFactorChangedAt:
          (await securityRepository(deps.db).totpChangeNotice(user!.id))?.toISOString() ?? null,
      };
    },
  }),
];
