import { getCookie } from "hono/cookie";
import { authRepository } from "../../db/auth.repository";
import { securityRepository } from "../../db/security.repository";
import { login } from "../../domain/auth/login";
import { sessionIdOf } from "../../domain/auth/sessions";
import { Throttle } from "../../domain/auth/throttle";
import { mustEnrolFirst } from "../../domain/security/two-factor-policy";
import { clearSessionCookie, logoutToDesk, SESSION_COOKIE, setSessionCookie } from "../auth";
import { clientAddress } from "../client-address";
import { ALL_ROLES, defineRoute, z } from "../route";

/** One count per email, shared with the desk tablet's unlock (desk-switch.routes.ts). */
export const throttle = new Throttle();

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
      const { token } = await login(
        {
          auth: authRepository(deps.db),
          throttle,
          now: deps.now,
          totpSecretOf: securityRepository(deps.db).totpSecretOf,
          acceptTotpStep: securityRepository(deps.db).acceptTotpStep,
        },
        { ...body, address: clientAddress(c) },
      );
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
