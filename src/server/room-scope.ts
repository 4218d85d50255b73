import type { z } from "zod";
import type { Database } from "../db/database";
import { type IdKind, unreachableIds } from "../db/room-scope.repository";
import type { Actor } from "../domain/auth/roles";
import { CommonErrors } from "../domain/shared/errors";

/**
 * What a route declares of every id it takes (decision 150): path parameters other than `:roomId`,
 * and body and query fields named `id`, `ids`, `…Id` or `…Ids`, keyed `path.x`, `body.x`,
 * `body.list[].x` or `query.x`. A kind (src/db/room-scope.repository.ts) is checked against the
 * rooms of the request before the handler runs; "unscoped" marks an id that is not room data (a
 * user, a new room's id, a filter of the cooperative's own log) — say why beside it.
 */
export type IdDeclarations = Record<string, IdKind | "unscoped">;

const ID_NAME = /^(id|ids)$|[a-z0-9](Id|Ids)$/;
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

interface ZodDefLike {
  type: string;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
}
const defOf = (s: unknown): ZodDefLike | undefined => (s as { _zod?: { def?: ZodDefLike } })?._zod?.def;

/** The id-named fields of a zod schema, as `a`, `a.b`, `list[].c`. */
export function idFieldsOf(schema: z.ZodType | undefined, prefix = ""): string[] {
  const def = defOf(schema);
  if (!def) return [];
  if (WRAPPERS.has(def.type)) return idFieldsOf(def.innerType as z.ZodType, prefix);
  if (def.type === "pipe") return idFieldsOf(def.in as z.ZodType, prefix);
  if (def.type === "array") return idFieldsOf(def.element as z.ZodType, `${prefix.replace(/\.$/, "")}[].`);
  if (def.type === "union")
    return [...new Set((def.options ?? []).flatMap((o) => idFieldsOf(o as z.ZodType, prefix)))];
  if (def.type === "intersection")
    return [
      ...new Set([
        ...idFieldsOf(def.left as z.ZodType, prefix),
        ...idFieldsOf(def.right as z.ZodType, prefix),
      ]),
    ];
  if (def.type !== "object") return [];
  return Object.entries(def.shape ?? {}).flatMap(([key, value]) => [
    ...(ID_NAME.test(key) ? [`${prefix}${key}`] : []),
    ...idFieldsOf(value as z.ZodType, `${prefix}${key}.`),
  ]);
}

/** Every id a route takes, as the keys its `ids` declaration must have. */
export function idFieldsOfRoute(r: { path: string; body?: z.ZodType; query?: z.ZodType }): string[] {
  const path = [...r.path.matchAll(/:([A-Za-z_]+)/g)]
    .map((m) => m[1])
    .filter((p) => p !== "roomId" && ID_NAME.test(p))
    .map((p) => `path.${p}`);
  return [
    ...path,
    ...idFieldsOf(r.body).map((f) => `body.${f}`),
    ...idFieldsOf(r.query).map((f) => `query.${f}`),
  ];
}

/**
 * Registration refuses a route that takes an id it does not declare, or declares one it does not
 * take: a new route cannot forget the room check.
 */
export function assertIdsDeclared(r: {
  method: string;
  path: string;
  body?: z.ZodType;
  query?: z.ZodType;
  ids?: IdDeclarations;
}): void {
  const fields = idFieldsOfRoute(r);
  const declared = Object.keys(r.ids ?? {});
  const missing = fields.filter((f) => !declared.includes(f));
  const extra = declared.filter((f) => !fields.includes(f));
  if (missing.length || extra.length)
    throw new Error(
      `${r.method.toUpperCase()} ${r.path}: ${missing.length ? `ids not declared: ${missing.join(", ")} (add them to \`ids\` with their kind, decision 150)` : ""}${missing.length && extra.length ? "; " : ""}${extra.length ? `declared but not taken: ${extra.join(", ")}` : ""}`,
    );
}

/** The whole-number values at a field path (`a.b`, `list[].c`); other values are left to zod. */
export function valuesAt(input: unknown, path: string): number[] {
  const out: number[] = [];
  const walk = (v: unknown, parts: string[]) => {
    if (v === null || v === undefined) return;
    if (parts.length === 0) {
      for (const x of Array.isArray(v) ? v : [v]) {
        const n =
          typeof x === "number" ? x : typeof x === "string" && /^\d{1,18}$/.test(x) ? Number(x) : Number.NaN;
        if (Number.isSafeInteger(n)) out.push(n);
      }
      return;
    }
    const [head, ...rest] = parts;
    const isList = head.endsWith("[]");
    const next = (v as Record<string, unknown>)[isList ? head.slice(0, -2) : head];
    if (isList) {
      if (Array.isArray(next)) for (const item of next) walk(item, rest);
    } else if (typeof v === "object") walk(next, rest);
  };
  walk(input, path.split("."));
  return out;
}

/**
 * Checks every declared id of a request against the rooms it may reach: the `:roomId` of the
 * path, else the account's rooms (the cooperative reaches all). An id of another room answers the
 * same 404 as one that does not exist, naming only the field. `seen` holds what was checked
 * already (per field), so the parsed input is checked again only where it differs from the raw.
 */
export async function checkIds(
  db: Database,
  ids: IdDeclarations | undefined,
  actor: Actor | null,
  roomId: string | undefined,
  input: { path?: Record<string, string>; body?: unknown; query?: unknown },
  seen: Map<string, Set<number>> = new Map(),
): Promise<Map<string, Set<number>>> {
  if (!ids || !actor) return seen;
  const rooms = roomId !== undefined ? [roomId] : actor.role === "cooperative" ? "all" : actor.rooms;
  for (const [field, kind] of Object.entries(ids)) {
    if (kind === "unscoped") continue;
    const [where, ...rest] = field.split(".");
    const path = rest.join(".");
    const source = where === "path" ? input.path : where === "body" ? input.body : input.query;
    const done = seen.get(field) ?? new Set<number>();
    seen.set(field, done);
    const values = [...new Set(valuesAt(source, path))].filter((v) => !done.has(v));
    if ((await unreachableIds(db, kind, values, rooms)).length > 0)
      throw CommonErrors.UnknownId({ field: path.replace(/\[\]/g, "") });
    for (const v of values) done.add(v);
  }
  return seen;
}
