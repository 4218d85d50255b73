import { beforeAll, expect, it } from "vitest";
import type { Role } from "../../src/domain/auth/roles";
import { describeEachDatabase } from "../support/databases";
import {
  type DocOperation,
  fillPath,
  operationsOf,
  ROLE_LIST,
  request,
  type SecurityFixture,
  securityFixture,
} from "./fixture";

// Walks /api/openapi.json: every route × every role, so a route added without the right roles,
// a room check or a place in the document fails here rather than in production.
describeEachDatabase("OpenAPI walker: roles, sessions and rooms on every route", (db) => {
  let fx: SecurityFixture;
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>> };
  let ops: DocOperation[];
  beforeAll(async () => {
    fx = await securityFixture(await db());
    doc = await (await fx.app.request("/api/openapi.json")).json();
    ops = operationsOf(doc);
  }, 120_000);

  it("describes every API route the server answers, and nothing it does not", () => {
    const served = new Set(
      fx.app.routes
        .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL" && !r.path.includes("*"))
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`),
    );
    const documented = new Set(ops.map((o) => `${o.method} ${o.path}`));
    expect([...served].filter((s) => !documented.has(s))).toEqual([]);
    expect([...documented].filter((d) => !served.has(d))).toEqual([]);
    expect(ops.length).toBeGreaterThan(50);
  });

  it("declares roles on every route, and security: [] only on open ones", () => {
    for (const op of ops) {
      if (op.isPublic) expect(op.roles, `${op.method} ${op.path}`).toEqual([]);
      else expect(op.roles.length, `${op.method} ${op.path}`).toBeGreaterThan(0);
    }
    const open = ops.filter((o) => o.isPublic).map((o) => `${o.method} ${o.path}`);
    expect(open.sort()).toEqual(["GET /api/health", "GET /api/openapi.json", "POST /api/login"]);
  });

  it("answers 401 without a session on every closed route", async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => !o.isPublic)) {
      const res = await request(fx.app, op.method, fillPath(op.path, "a"));
      if (res.status !== 401) wrong.push(`${op.method} ${op.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 401 for a forged or expired-looking cookie", async () => {
    const res = await request(fx.app, "GET", "/api/me", { cookie: "bb_session=not-a-real-token" });
    expect(res.status).toBe(401);
  });

  it("answers 403 to every role not allowed on a route", async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => !o.isPublic)) {
      for (const role of ROLE_LIST.filter((r) => !op.roles.includes(r))) {
        const res = await request(fx.app, op.method, fillPath(op.path, "a"), { cookie: fx.cookies[role] });
        if (res.status !== 403) wrong.push(`${role} ${op.method} ${op.path} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers 404 (or 403) for another room on every room route, for every room-bound role", async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => o.path.includes("{roomId}"))) {
      for (const role of op.roles.filter((r: Role) => r !== "cooperative")) {
        const res = await request(fx.app, op.method, fillPath(op.path, "b"), { cookie: fx.cookies[role] });
        if (res.status !== 404 && res.status !== 403)
          wrong.push(`${role} ${op.method} ${op.path} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("does not show a person of another room through one's own room", async () => {
    const wrong: string[] = [];
    const personRoutes = ops.filter(
      (o) =>
        o.method === "GET" &&
        o.path.includes("{roomId}") &&
        /\{personId\}$|\{personId\}\/[a-z-]+$/.test(o.path),
    );
    expect(personRoutes.length).toBeGreaterThan(0);
    for (const op of personRoutes) {
      for (const role of op.roles.filter((r: Role) => r !== "cooperative")) {
        const path = op.path.replace("{roomId}", "a").replace("{personId}", String(fx.personInB));
        const res = await request(fx.app, op.method, path, { cookie: fx.cookies[role] });
        if (res.status !== 404 && res.status !== 403)
          wrong.push(`${role} ${op.method} ${path} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never answers 5xx to an allowed role with an empty body and unknown ids", async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => !o.isPublic && o.path !== "/api/logout")) {
      for (const role of op.roles) {
        const res = await request(fx.app, op.method, fillPath(op.path, "a"), { cookie: fx.cookies[role] });
        if (res.status >= 500) wrong.push(`${role} ${op.method} ${op.path} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
