import { auditRepository } from "../../db/audit.repository";
import { authRepository } from "../../db/auth.repository";
import { securityRepository } from "../../db/security.repository";
import type { Role } from "../../domain/auth/roles";
import { enrolTwoFactor, SECOND_FACTOR_ROLES } from "../../domain/security/enrol-two-factor";
import { exportAuditLog, listAuditLog } from "../../domain/security/list-audit-log";
import { newTotpSecret, otpauthUri } from "../../domain/security/totp";
import { ALL_ROLES, defineRoute, z } from "../route";

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
    summary: "Logboek (alleen toevoegen): inloggen, rollen, exports, wissen, imports, gelezen notities",
    roles: COOPERATIVE,
    query: auditQuery,
    handler: async ({ deps, query }) => listAuditLog({ audit: auditRepository(deps.db) }, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/audit-log/export",
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
    summary: "Tweestapsverificatie aanzetten met het geheim en een code uit de app",
    roles: SECOND_FACTOR_ROLES,
    body: z.object({ secret: z.string().min(16).max(64), code: z.string().max(10) }),
    handler: async ({ deps, actor, body }) => {
      await enrolTwoFactor(
        { store: securityRepository(deps.db), audit: auditRepository(deps.db), now: deps.now },
        actor!,
        body,
      );
      return { ok: true };
    },
  }),
];
