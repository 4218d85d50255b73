import { auditRepository } from "../../db/audit.repository";
import type { Role } from "../../domain/auth/roles";
import { exportAuditLog, listAuditLog } from "../../domain/security/list-audit-log";
import { defineRoute, z } from "../route";

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
];
