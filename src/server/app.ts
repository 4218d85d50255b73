import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { ZodError } from "zod";
import { WEB_DIST } from "../config/package";
import { authRepository } from "../db/auth.repository";
import { deskSwitchRepository } from "../db/desk-switch.repository";
import type { Actor } from "../domain/auth/roles";
import { canSeeRoom } from "../domain/auth/roles";
import { SecurityErrors } from "../domain/security/security.errors";
import { mustEnrolFirst } from "../domain/security/two-factor-policy";
import { CommonErrors } from "../domain/shared/errors";
import { hasSecondFactor, resolveActor } from "./auth";
import { isHttps, requestOrigin, TrustedProxies } from "./client-address";
import type { AppDeps } from "./deps";
import { errorResponse, validationResponse } from "./errors";
import { openApiDocument } from "./openapi";
import { checkIds } from "./room-scope";
import { type RouteDef, SECOND_FACTOR_SETUP_ROUTES } from "./route";
import { apiRoutes } from "./routes/index";

const CSRF_HEADER = "x-buurtboek";
const NO_PROXY = new TrustedProxies([]);

type Env = { Variables: { actor: Actor | null } };

function parseQuery(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

/** Builds the HTTP app: security headers, sessions, CSRF, the API routes, and the built web app. */
export function createApp(deps: AppDeps, routes: RouteDef[] = apiRoutes) {
  const app = new Hono<Env>();
  const auth = authRepository(deps.db);
  const desk = { sessions: deskSwitchRepository(deps.db) };

  // First: who is asking, and over TLS or not (forwarded headers only from trusted proxies).
  app.use("*", requestOrigin(deps.trustProxy ?? NO_PROXY, deps.secureCookies));
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    if (isHttps(c)) c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (c.req.path.startsWith("/api/")) c.header("Cache-Control", "no-store");
  });

  app.use("/api/*", async (c, next) => {
    // CSRF: a state-changing request must carry a custom header, which a cross-site form or
    // image cannot send; with SameSite=Strict cookies this closes the door twice.
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method) && c.req.header(CSRF_HEADER) !== "1") {
      return c.json({ error: { code: "csrf", message: "Verzoek geweigerd (CSRF-controle)." } }, 403);
    }
    const resolved = await resolveActor(c, auth, deps.now(), desk);
    c.set("actor", resolved?.actor ?? null);
    await next();
  });

  app.get("/api/health", (c) => c.json({ ok: true }));
  const doc = openApiDocument([
    ...routes,
    {
      method: "get",
      path: "/api/health",
      summary: "Werkt de server?",
      roles: "public",
      handler: async () => null,
    },
    {
      method: "get",
      path: "/api/openapi.json",
      summary: "Dit document",
      roles: "public",
      handler: async () => null,
    },
  ]);
  app.get("/api/openapi.json", (c) => c.json(doc));

  for (const r of routes) {
    const setupRoute = SECOND_FACTOR_SETUP_ROUTES.has(`${r.method} ${r.path}`);
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      try {
        const actor = c.get("actor");
        if (r.roles !== "public") {
          if (!actor) throw CommonErrors.Unauthenticated();
          if (!r.roles.includes(actor.role)) throw CommonErrors.Forbidden();
          // Policy "required": no second factor yet, so only enrolment (the flag comes with the session).
          if (
            !setupRoute &&
            mustEnrolFirst(deps.twoFactor, { role: actor.role, twoFactor: hasSecondFactor(c) })
          )
            throw SecurityErrors.TwoFactorRequired();
          const roomId = c.req.param("roomId");
          if (roomId !== undefined && !canSeeRoom(actor, roomId)) throw CommonErrors.NotFound();
        }
        const params = c.req.param() as Record<string, string>;
        let raw: unknown;
        if (r.body) {
          try {
            raw = await c.req.json();
          } catch {
            throw CommonErrors.Invalid({ reason: "de inhoud is geen geldige JSON" });
          }
        }
        const rawQuery = parseQuery(c.req.url);
        // Ids of another room are refused before validation, so the answer does not depend on
        // what else the request holds; the parsed values are checked again below.
        const seen = await checkIds(deps.db, r.ids, actor, params.roomId, {
          path: params,
          body: raw,
          query: rawQuery,
        });
        const body: unknown = r.body ? r.body.parse(raw) : undefined;
        const query = r.query ? r.query.parse(rawQuery) : undefined;
        await checkIds(deps.db, r.ids, actor, params.roomId, { body, query }, seen);
        const result = await r.handler({
          deps,
          actor,
          body,
          query,
          params,
          c,
        });
        if (result instanceof Response) return result;
        return c.json(result ?? { ok: true }, (r.status ?? 200) as 200);
      } catch (err) {
        if (err instanceof ZodError) return validationResponse(c, err);
        return errorResponse(c, err);
      }
    });
  }

  app.all("/api/*", (c) => c.json({ error: { code: "not_found", message: "Onbekende API-route." } }, 404));

  // The built web app: files as they are, and index.html for every client-side route.
  app.use("/assets/*", serveStatic({ root: WEB_DIST }));
  app.get("*", serveStatic({ root: WEB_DIST }));
  app.get("*", (c) => {
    const index = join(WEB_DIST, "index.html");
    if (!existsSync(index)) return c.text("De web-app is nog niet gebouwd: npm run build", 503);
    c.header("Cache-Control", "no-cache");
    return c.html(readFileSync(index, "utf8"));
  });

  app.onError((err, c) => errorResponse(c, err));
  return app;
}
