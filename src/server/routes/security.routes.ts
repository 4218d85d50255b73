import { auditRepository } from "../../db/audit.repository";
import { authRepository } from "../../db/auth.repository";
import { securityRepository } from "../../db/security.repository";
import type { Role } from "../../domain/auth/roles";
import type { ConfirmIdentityDeps } from "../../domain/security/confirm-identity";
import { enrolTwoFactor, SECOND_FACTOR_ROLES } from "../../domain/security/enrol-two-factor";
import { exportAuditLog, listAuditLog } from "../../domain/security/list-audit-log";
import { removeTwoFactor } from "../../domain/security/remove-two-factor";
import { type FactorChangeDeps, replaceTwoFactor } from "../../domain/security/replace-two-factor";
import { newTotpSecret, otpauthUri } from "../../domain/security/totp";
import { currentSessionId } from "../auth";
import type { AppDeps } from "../deps";
import { ALL_ROLES, defineRoute, z } from "../route";
import { loginGuardsOf } from "./auth.routes";

/** Password and current code again, with the login's throttle (security/confirm-identity.ts). */
export function confirmDeps(deps: AppDeps): ConfirmIdentityDeps {
  return {
    auth: authRepository(deps.db),
    store: securityRepository(deps.db),
    throttle: loginGuardsOf(deps.db).throttle,
    now: deps.now,
  };
}

function factorChangeDeps(deps: AppDeps, keepSession: string | undefined): FactorChangeDeps {
  return {
    confirm: confirmDeps(deps),
    store: securityRepository(deps.db),
    endOtherSessions: async (userId) =>
      (
        await deps.db.query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id", [
          userId,
          keepSession ?? "",
        ])
      ).length,
    audit: auditRepository(deps.db),
    now: deps.now,
  };
}

const confirmFields = {
  password: z.string().max(1000).optional(),
  currentCode: z.string().max(10).optional(),
};

const COOPERATIVE: readonly Role[] = ["cooperative"];
const int = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const auditQuery = z.object({
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  action: z.string().max(100).optional(),
  userId: int.optional(),
  roomId: z.string().max(100).optional(),
  beforeId: int.optional(),
  limit: int.max(200).optional(),
});

export const securityRoutes = [
  defineRoute({
    method: "get",
    path: "/api/audit-log",
    // Filters of the cooperative's own log, over every room.
    ids: { "query.userId": "unscoped", "query.roomId": "unscoped", "query.beforeId": "unscoped" },
    summary: "Logboek (alleen toevoegen): inloggen, rollen, exports, wissen, imports, gelezen notities",
    roles: COOPERATIVE,
    query: auditQuery,
    handler: async ({ deps, query }) => listAuditLog({ audit: auditRepository(deps.db) }, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/audit-log/export",
    // Filters of the cooperative's own log, over every room.
    ids: { "query.userId": "unscoped", "query.roomId": "unscoped" },
    summary: "Het logboek als CSV over een periode (de export zelf komt ook in het logboek)",
    roles: COOPERATIVE,
    query: auditQuery.omit({ beforeId: true, limit: true }),
    handler: async ({ deps, actor, query }) => {
      const csv = await deps.db.tx((tx) => exportAuditLog({ audit: auditRepository(tx) }, actor!, query));
      return new Response(`\uFEFF${csv}`, {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="buurtboek-logboek.csv"`,
          "cache-control": "no-store",
        },
      });
    },
  }),

  defineRoute({
    method: "get",
    path: "/api/me/two-factor",
    summary: "Staat tweestapsverificatie aan, en hoort die bij mijn rol?",
    roles: ALL_ROLES,
    handler: async ({ deps, actor }) => ({
      enrolled: await securityRepository(deps.db).isEnrolled(actor!.userId),
      expected: SECOND_FACTOR_ROLES.includes(actor!.role),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/me/two-factor/new",
    summary: "Een nieuw geheim voor de authenticator-app (nog niet actief)",
    roles: SECOND_FACTOR_ROLES,
    handler: async ({ deps, actor }) => {
      const me = await authRepository(deps.db).findUserById(actor!.userId);
      const secret = newTotpSecret();
      // The app shows this label next to the codes; the e-mail address tells which account it is.
      return { secret, uri: otpauthUri(me?.email ?? `gebruiker-${actor!.userId}`, secret) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/me/two-factor",
    summary:
      "Tweestapsverificatie aanzetten met het geheim en een code uit de app; staat die al aan (nieuwe telefoon), dan ook met wachtwoord en een code van de huidige",
    roles: SECOND_FACTOR_ROLES,
    body: z.object({ secret: z.string().min(16).max(64), code: z.string().max(10), ...confirmFields }),
    handler: async ({ deps, actor, body, c }) => {
      if (await securityRepository(deps.db).isEnrolled(actor!.userId))
        await replaceTwoFactor(factorChangeDeps(deps, currentSessionId(c)), actor!, body);
      else
        await enrolTwoFactor(
          { store: securityRepository(deps.db), audit: auditRepository(deps.db), now: deps.now },
          actor!,
          body,
        );
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/me/two-factor/remove",
    summary: "Tweestapsverificatie uitzetten, met wachtwoord en een code uit de app",
    roles: SECOND_FACTOR_ROLES,
    body: z.object(confirmFields),
    handler: async ({ deps, actor, body, c }) => {
      await removeTwoFactor(factorChangeDeps(deps, currentSessionId(c)), actor!, body);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/me/two-factor/seen",
    summary: "De melding 'uw tweestapsverificatie is gewijzigd' is gelezen",
    roles: ALL_ROLES,
    handler: async ({ deps, actor }) => {
      await securityRepository(deps.db).clearTotpChangeNotice(actor!.userId);
      return { ok: true };
    },
  }),
];
