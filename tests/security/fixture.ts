import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import type { Role } from "../../src/domain/auth/roles";
import { createApp } from "../../src/server/app";

export const PASSWORD = "een-goed-wachtwoord";
export const ROLE_LIST: Role[] = ["desk", "coordinator", "cooperative", "board", "funder"];

export interface SecurityFixture {
  app: ReturnType<typeof createApp>;
  /** Session cookie per role; every account except the cooperative sees room "a" only. */
  cookies: Record<Role, string>;
  /** A person living in room "b", to ask for through room "a". */
  personInB: number;
}

/** Two rooms, one account per role, each signed in through the real login route. */
export async function securityFixture(db: Database): Promise<SecurityFixture> {
  const rooms = roomsRepository(db);
  for (const id of ["a", "b"]) {
    await rooms.upsertRoom({
      id,
      name: `Kamer ${id}`,
      city: "Utrecht",
      neighbourhood: null,
      association: null,
      variant: "full",
      opened: null,
    });
    await rooms.addActivity(id, "social", "Inloop");
  }
  const [funder] = await db.query<{ id: number }>(
    "INSERT INTO funders (name, type) VALUES ('Gemeente Test', 'municipality') RETURNING id",
  );
  const [person] = await db.query<{ id: number }>(
    "INSERT INTO people (ref, home_room, first_name) VALUES ('sec-b-1', 'b', 'Bea') RETURNING id",
  );
  const auth = authRepository(db);
  for (const role of ROLE_LIST) {
    await addUser(
      { auth },
      {
        email: `${role}@sec.nl`,
        password: PASSWORD,
        role,
        rooms: role === "cooperative" ? [] : ["a"],
        funderId: role === "funder" ? funder.id : null,
      },
    );
  }
  const app = createApp({ db, now: () => new Date(), secureCookies: false });
  const cookies = {} as Record<Role, string>;
  for (const role of ROLE_LIST) {
    const res = await app.request("/api/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-buurtboek": "1" },
      body: JSON.stringify({ email: `${role}@sec.nl`, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status}`);
    cookies[role] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
  }
  return { app, cookies, personInB: person.id };
}

export interface DocOperation {
  method: string;
  /** OpenAPI path with {param}s. */
  path: string;
  roles: Role[];
  isPublic: boolean;
  hasBody: boolean;
  query: { name: string }[];
}

export function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }) {
  const ops: DocOperation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters as { name: string; in: string }[] | undefined) ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        roles: op["x-roles"] as Role[],
        isPublic: Array.isArray(op.security) && (op.security as unknown[]).length === 0,
        hasBody: op.requestBody !== undefined,
        query: params.filter((p) => p.in === "query"),
      });
    }
  }
  return ops;
}

/** Fills path parameters: the room as given, every other id with `id`. */
export function fillPath(path: string, room: string, id: string | number = 999999) {
  return path.replace(/\{roomId\}/g, room).replace(/\{[A-Za-z_]+\}/g, String(id));
}

export function request(
  app: SecurityFixture["app"],
  method: string,
  path: string,
  opts: { cookie?: string; body?: string } = {},
) {
  const headers: Record<string, string> = { "x-buurtboek": "1" };
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  return app.request(path, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : (opts.body ?? "{}"),
  });
}
