import type { Context } from "hono";
import { z } from "zod";
import type { Actor, Role } from "../domain/auth/roles";
import type { AppDeps } from "./deps";
import { assertIdsDeclared, type IdDeclarations } from "./room-scope";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface RouteContext<B, Q> {
  deps: AppDeps;
  /** The signed-in user; routes open without a session get null. */
  actor: Actor | null;
  body: B;
  query: Q;
  params: Record<string, string>;
  c: Context;
}

/**
 * One API route: its schemas validate input and describe it in /api/openapi.json, and its roles
 * are checked before the handler runs. A `:roomId` in the path is checked against the user's rooms
 * (404 for a room the user may not see, so room ids do not leak).
 */
export interface RouteDef<B = unknown, Q = unknown> {
  method: Method;
  path: string;
  summary: string;
  /** Roles allowed, or "public" for routes open without a session (login, health, openapi). */
  roles: readonly Role[] | "public";
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /**
   * Every id the route takes (path parameters other than `:roomId`, body and query fields named
   * `id`, `ids`, `…Id`, `…Ids`) with its kind; checked against the request's rooms before the
   * handler runs (src/server/room-scope.ts, decision 150). `defineRoute` refuses a route that
   * leaves one out.
   */
  ids?: IdDeclarations;
  /** Success status, default 200. */
  status?: number;
  /** A JSON-able value, or a Response for files. */
  handler: (ctx: RouteContext<B, Q>) => Promise<unknown>;
}

export function defineRoute<B = undefined, Q = undefined>(def: RouteDef<B, Q>): RouteDef {
  assertIdsDeclared(def as unknown as RouteDef);
  return def as unknown as RouteDef;
}

export const ALL_ROLES: readonly Role[] = ["desk", "coordinator", "cooperative", "board", "funder"];
export const STAFF: readonly Role[] = ["coordinator", "cooperative"];

/**
 * What an account that must first turn on its second factor may still use (the policy
 * "required", src/domain/security/two-factor-policy.ts): who am I, enrol, log out. Every other
 * route answers 403 `security.two_factor_required`; public routes stay open.
 */
export const SECOND_FACTOR_SETUP_ROUTES: ReadonlySet<string> = new Set([
  "get /api/me",
  "get /api/me/two-factor",
  "post /api/me/two-factor/new",
  "post /api/me/two-factor",
  "post /api/me/two-factor/seen",
  "post /api/logout",
]);

/** Path parameters as zod sees them in OpenAPI. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
}

export { z };
