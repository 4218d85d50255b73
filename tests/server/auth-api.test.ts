import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";

describeEachDatabase("auth and room access over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const d = await db();
    const rooms = roomsRepository(d);
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
    }
    await rooms.addActivity("a", "social", "Inloop");
    const auth = authRepository(d);
    await addUser({ auth }, { email: "coord@a.nl", password: PASSWORD, role: "coordinator", rooms: ["a"] });
    await addUser({ auth }, { email: "coop@x.nl", password: PASSWORD, role: "cooperative", rooms: [] });
    app = createApp({ db: d, now: () => new Date(), secureCookies: false });
  });

  const post = (path: string, body: unknown, cookie?: string) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", "x-buurtboek": "1", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";

  it("answers 401 without a session and 403 for a POST without the CSRF header", async () => {
    expect((await app.request("/api/rooms")).status).toBe(401);
    const res = await app.request("/api/login", { method: "POST", body: "{}" });
    expect(res.status).toBe(403);
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    const a = await post("/api/login", { email: "nobody@x.nl", password: "whatever-123" });
    const b = await post("/api/login", { email: "coord@a.nl", password: "wrong-password" });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect((await a.json()).error.message).toBe((await b.json()).error.message);
  });

  it("throttles after repeated failures", async () => {
    let last = 0;
    for (let i = 0; i < 7; i++)
      last = (await post("/api/login", { email: "coop@x.nl", password: "wrong" })).status;
    expect(last).toBe(429);
  });

  it("lets a coordinator see their own room only, with a secure, http-only session cookie", async () => {
    const res = await post("/api/login", { email: "coord@a.nl", password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Strict/i);
    const cookie = cookieOf(res);
    const rooms = await (await app.request("/api/rooms", { headers: { cookie } })).json();
    expect(rooms.rooms.map((r: { id: string }) => r.id)).toEqual(["a"]);
    const own = await app.request("/api/rooms/a", { headers: { cookie } });
    expect(own.status).toBe(200);
    expect((await own.json()).activities[0].name).toBe("Inloop");
    expect(own.headers.get("cache-control")).toBe("no-store");
    expect((await app.request("/api/rooms/b", { headers: { cookie } })).status).toBe(404);
    // After logout the cookie is worthless.
    await post("/api/logout", {}, cookie);
    expect((await app.request("/api/rooms", { headers: { cookie } })).status).toBe(401);
  });

  it("describes every route in the OpenAPI document with its roles", async () => {
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(doc.paths["/api/rooms/{roomId}"].get["x-roles"]).toContain("coordinator");
    expect(doc.paths["/api/login"].post.security).toEqual([]);
  });

  it("answers bad JSON with 400, never 500", async () => {
    const res = await app.request("/api/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-buurtboek": "1" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    const wrongType = await post("/api/login", { email: 5, password: [] });
    expect(wrongType.status).toBe(400);
  });
});
