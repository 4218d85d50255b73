import { beforeAll, describe, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import type { Role } from "../../src/domain/auth/roles";
import { base32Decode, totp } from "../../src/domain/security/totp";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
const MINUTE = 60_000;

/** One browser: a cookie jar that follows Set-Cookie like a browser does. */
class Tablet {
  readonly jar = new Map<string, string>();
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async send(method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { "x-buurtboek": "1" };
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await this.app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
      if (value === "" || attrs.some((a) => /max-age=0$/i.test(a.trim()))) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const json = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
    return { status: res.status, json };
  }
  get = (path: string) => this.send("GET", path);
  post = (path: string, body: unknown = {}) => this.send("POST", path, body);

  async role(): Promise<Role | null> {
    const me = await this.get("/api/me");
    return me.status === 200 ? me.json.role : null;
  }
  async login(email: string) {
    const res = await this.post("/api/login", { email, password: PASSWORD });
    expect(res.status).toBe(200);
  }
  unlock(email: string, pin: string, extra: { password?: string; code?: string } = {}) {
    return this.post("/api/desk-switch/unlock", {
      email,
      password: extra.password ?? PASSWORD,
      pin,
      code: extra.code,
    });
  }
  async people(): Promise<{ userId: number; name: string }[]> {
    const res = await this.get("/api/desk-switch/people");
    expect(res.status).toBe(200);
    return res.json.people;
  }
}

describeEachDatabase("shared desk tablets: unlock, PIN switch, fall-back (issue 8)", (db) => {
  // Injected clock: 10:00 in Amsterdam, on a day far from the clock changes.
  let now = new Date("2030-03-05T09:00:00Z");
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  let app: ReturnType<typeof createApp>;
  let database: Database;
  const ids: Record<string, number> = {};
  const audits = async (action: string) =>
    (
      await database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = $1", [
        action,
      ])
    )[0].n;

  beforeAll(async () => {
    database = await db();
    const rooms = roomsRepository(database);
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
    const auth = authRepository(database);
    const users: [string, Role, string[], string][] = [
      ["desk@tab.nl", "desk", ["a"], "Balie A"],
      ["desk2@tab.nl", "desk", ["a"], "Balie A twee"],
      ["coord@tab.nl", "coordinator", ["a"], "Coördinator A"],
      ["coordb@tab.nl", "coordinator", ["b"], "Coördinator B"],
      ["coop@tab.nl", "cooperative", [], "Coöperatie"],
      ["board@tab.nl", "board", ["a"], "Bestuur A"],
    ];
    for (const [email, role, roomIds, name] of users)
      ids[email] = await addUser({ auth }, { email, password: PASSWORD, role, rooms: roomIds, name });
    app = createApp({ db: database, now: () => now, secureCookies: false });
  }, 120_000);

  describe("one tablet", () => {
    const tablet = () => new Tablet(app);
    let t: Tablet;
    beforeAll(async () => {
      t = tablet();
      await t.login("desk@tab.nl");
    });

    it("stays the desk when the password is wrong, and refuses people of another room", async () => {
      const before = t.jar.get("bb_session");
      const wrong = await t.unlock("coord@tab.nl", "1234", { password: "niet-het-wachtwoord" });
      expect(wrong.status).toBe(403);
      expect(wrong.json.error.code).toBe("desk_switch.bad_credentials");
      const other = await t.unlock("coordb@tab.nl", "1234");
      expect(other.status).toBe(403);
      expect(other.json.error.code).toBe("desk_switch.not_allowed");
      const board = await t.unlock("board@tab.nl", "1234");
      expect(board.json.error.code).toBe("desk_switch.not_allowed");
      const shortPin = await t.unlock("coord@tab.nl", "12");
      expect(shortPin.status).toBe(400);
      expect(t.jar.get("bb_session")).toBe(before);
      expect(await t.role()).toBe("desk");
      expect(await t.people()).toEqual([]);
    });

    it("unlocks with the right password and switches at once, under a new session id", async () => {
      const deskToken = t.jar.get("bb_session");
      expect((await t.get("/api/rooms/a/keys")).status).toBe(403);
      const res = await t.unlock("coord@tab.nl", "2468");
      expect(res.status).toBe(200);
      expect(t.jar.get("bb_device")).toBeTruthy();
      expect(t.jar.get("bb_session")).not.toBe(deskToken);
      expect(t.jar.get("bb_desk")).toBeTruthy();
      expect(t.jar.get("bb_desk")).not.toBe(deskToken);
      expect(await t.role()).toBe("coordinator");
      expect((await t.get("/api/rooms/a/keys")).status).toBe(200);
      expect((await t.get("/api/desk-switch/status")).json).toMatchObject({
        switched: true,
        name: "Coördinator A",
      });
      expect(await audits("desk_unlock")).toBe(1);
      // The PIN is stored hashed, bound to the device; never as typed.
      const [row] = await database.query<{ pin_hash: string; device_hash: string }>(
        "SELECT pin_hash, device_hash FROM desk_unlocks",
      );
      expect(row.pin_hash).toMatch(/^\$argon2id\$/);
      expect(row.device_hash).not.toBe(t.jar.get("bb_device"));
      // The desk token from before the switch works only for the few seconds of grace.
      advance(31_000);
      const old = new Tablet(app);
      old.jar.set("bb_session", deskToken!);
      expect((await old.get("/api/me")).status).toBe(401);
    });

    it("returns to the desk with a new id, then switches back with the PIN alone", async () => {
      const personal = t.jar.get("bb_session");
      const desk = t.jar.get("bb_desk");
      const back = await t.post("/api/desk-switch/return");
      expect(back.status).toBe(200);
      expect(t.jar.has("bb_desk")).toBe(false);
      expect([personal, desk]).not.toContain(t.jar.get("bb_session"));
      expect(await t.role()).toBe("desk");
      expect((await t.get("/api/desk-switch/status")).json.switched).toBe(false);

      const people = await t.people();
      expect(people).toEqual([{ userId: ids["coord@tab.nl"], name: "Coördinator A" }]);
      const deskBefore = t.jar.get("bb_session");
      const sw = await t.post("/api/desk-switch/switch", { userId: ids["coord@tab.nl"], pin: "2468" });
      expect(sw.status).toBe(200);
      expect(t.jar.get("bb_session")).not.toBe(deskBefore);
      expect(t.jar.get("bb_desk")).not.toBe(deskBefore);
      expect(await t.role()).toBe("coordinator");
      expect(await audits("desk_switch")).toBe(2);
    });

    it("needs the desk cookie beside a switched session: the personal token alone is nothing", async () => {
      const alone = new Tablet(app);
      alone.jar.set("bb_session", t.jar.get("bb_session")!);
      expect((await alone.get("/api/me")).status).toBe(401);
      expect(await t.role()).toBe("coordinator");
    });

    it("falls back to the desk after 5 minutes without a request, with a new desk id", async () => {
      advance(4 * MINUTE);
      expect(await t.role()).toBe("coordinator");
      advance(4 * MINUTE + 30_000);
      // 4½ minutes since the last request: still there.
      expect(await t.role()).toBe("coordinator");
      const desk = t.jar.get("bb_desk");
      advance(5 * MINUTE + 1_000);
      // A page sends several requests at once: every one goes on as the desk, none is signed out.
      const burst = await Promise.all([t.get("/api/me"), t.get("/api/me"), t.get("/api/me")]);
      expect(burst.map((r) => r.json.role)).toEqual(["desk", "desk", "desk"]);
      expect(await t.role()).toBe("desk");
      const [{ n: liveDeskSessions }] = await database.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND kind = 'login'",
        [ids["desk@tab.nl"]],
      );
      expect(liveDeskSessions).toBe(1);
      expect(t.jar.has("bb_desk")).toBe(false);
      expect(t.jar.get("bb_session")).not.toBe(desk);
      expect((await t.get("/api/rooms/a/keys")).status).toBe(403);
      const [ended] = await database.query<{ details: { reason: string } }>(
        "SELECT details FROM audit_log WHERE action = 'desk_return' ORDER BY id DESC LIMIT 1",
      );
      expect(ended.details.reason).toBe("idle");
      // The unlock stays for the rest of the day.
      expect((await t.people()).map((p) => p.userId)).toEqual([ids["coord@tab.nl"]]);
    });

    it("does not let another tablet, or another desk account, use this tablet's unlock", async () => {
      const other = tablet();
      await other.login("desk@tab.nl");
      expect(await other.people()).toEqual([]);
      const sw = await other.post("/api/desk-switch/switch", { userId: ids["coord@tab.nl"], pin: "2468" });
      expect(sw.status).toBe(403);
      expect(sw.json.error.code).toBe("desk_switch.not_unlocked");
      // A device cookie made up on the other tablet is not this one either.
      other.jar.set("bb_device", "x".repeat(43));
      expect(await other.people()).toEqual([]);

      // Same device, other desk account (signed in after a logout): not its unlock.
      const same = tablet();
      same.jar.set("bb_device", t.jar.get("bb_device")!);
      await same.login("desk2@tab.nl");
      expect(await same.people()).toEqual([]);
      const sw2 = await same.post("/api/desk-switch/switch", { userId: ids["coord@tab.nl"], pin: "2468" });
      expect(sw2.json.error.code).toBe("desk_switch.not_unlocked");
    });

    it("waits longer after each wrong PIN, ends the unlock after five, and the desk keeps registering", async () => {
      const coord = ids["coord@tab.nl"];
      const wrong = () => t.post("/api/desk-switch/switch", { userId: coord, pin: "9999" });
      const first = await wrong();
      expect(first.status).toBe(403);
      expect(first.json.error.code).toBe("desk_switch.bad_pin");
      expect(first.json.error.message).toContain("4 keer");
      // At once again: wait first (and this try does not count).
      const hurry = await t.post("/api/desk-switch/switch", { userId: coord, pin: "2468" });
      expect(hurry.status).toBe(429);
      expect(hurry.json.error.code).toBe("desk_switch.pin_wait");
      for (let i = 2; i <= 4; i++) {
        advance(10_000);
        const res = await wrong();
        expect(res.json.error.code).toBe("desk_switch.bad_pin");
      }
      advance(10_000);
      const fifth = await wrong();
      expect(fifth.status).toBe(403);
      expect(fifth.json.error.code).toBe("desk_switch.pin_locked");
      expect(await audits("desk_switch_failed")).toBe(4);
      expect(await audits("desk_pin_locked")).toBe(1);

      // Now even the right PIN does not open it: the password is needed again.
      advance(10_000);
      const right = await t.post("/api/desk-switch/switch", { userId: coord, pin: "2468" });
      expect(right.json.error.code).toBe("desk_switch.not_unlocked");
      expect(await t.people()).toEqual([]);

      // The room's desk is not locked out: it registers a visitor.
      expect(await t.role()).toBe("desk");
      const today = await t.get("/api/rooms/a/desk/today");
      expect(today.status).toBe(200);
      const [activity] = await database.query<{ id: number }>(
        "SELECT id FROM activities WHERE room_id = 'a'",
      );
      const visit = await t.post("/api/rooms/a/desk/visits", {
        key: "tablet-visit-1",
        activityId: activity.id,
        count: 1,
      });
      expect(visit.status).toBe(201);

      // And the password unlocks again, with a new PIN.
      expect((await t.unlock("coord@tab.nl", "13579")).status).toBe(200);
      expect(await t.role()).toBe("coordinator");
      expect((await t.post("/api/desk-switch/return")).status).toBe(200);
    });

    it("asks the second factor of an enrolled account, and refuses a wrong or used code", async () => {
      expect((await t.unlock("coop@tab.nl", "1111")).status).toBe(200);
      const { secret } = (await t.post("/api/me/two-factor/new")).json;
      const code = () => totp(base32Decode(secret), now);
      expect((await t.post("/api/me/two-factor", { secret, code: code() })).status).toBe(200);
      expect((await t.post("/api/desk-switch/return")).status).toBe(200);

      const none = await t.unlock("coop@tab.nl", "1111");
      expect(none.status).toBe(403);
      expect(none.json.error.code).toBe("desk_switch.code_required");
      const bad = await t.unlock("coop@tab.nl", "1111", { code: code() === "000000" ? "111111" : "000000" });
      expect(bad.json.error.code).toBe("desk_switch.bad_code");
      advance(31_000);
      expect((await t.unlock("coop@tab.nl", "1111", { code: code() })).status).toBe(200);
      expect(await t.role()).toBe("cooperative");
      expect((await t.post("/api/desk-switch/return")).status).toBe(200);
      expect(await t.role()).toBe("desk");
    });

    it("ends a switch and the day's unlocks at midnight in Amsterdam", async () => {
      // 23:50 in Amsterdam.
      now = new Date("2030-03-05T22:50:00Z");
      expect((await t.unlock("coord@tab.nl", "2468")).status).toBe(200);
      advance(4 * MINUTE);
      expect(await t.role()).toBe("coordinator");
      advance(4 * MINUTE);
      expect(await t.role()).toBe("coordinator");
      advance(3 * MINUTE); // 00:01: the session's absolute end
      expect(await t.role()).toBe("desk");
      expect(await t.people()).toEqual([]);
      const [ended] = await database.query<{ details: { reason: string } }>(
        "SELECT details FROM audit_log WHERE action = 'desk_return' ORDER BY id DESC LIMIT 1",
      );
      expect(ended.details.reason).toBe("expired");
    });

    it("goes back to the desk on 'Uitloggen' in a switched session: the desk stays signed in", async () => {
      now = new Date("2030-03-06T09:00:00Z");
      expect((await t.unlock("coord@tab.nl", "2468")).status).toBe(200);
      const personal = t.jar.get("bb_session");
      const out = await t.post("/api/logout");
      expect(out.json).toEqual({ ok: true, desk: true });
      expect(t.jar.has("bb_desk")).toBe(false);
      expect(t.jar.get("bb_session")).not.toBe(personal);
      expect(await t.role()).toBe("desk");
      const [ended] = await database.query<{ details: { reason: string } }>(
        "SELECT details FROM audit_log WHERE action = 'desk_return' ORDER BY id DESC LIMIT 1",
      );
      expect(ended.details.reason).toBe("logout");
    });

    it("counts parallel PIN tries one at a time: a burst gets one try, the rest must wait", async () => {
      const coord = ids["coord@tab.nl"];
      const burst = await Promise.all(
        ["1111", "2222", "3333", "4444", "5555", "6666", "7777", "8888"].map((pin) =>
          t.post("/api/desk-switch/switch", { userId: coord, pin }),
        ),
      );
      const codes = burst.map((r) => r.json.error.code).sort();
      expect(codes.filter((c) => c === "desk_switch.bad_pin")).toHaveLength(1);
      expect(codes.filter((c) => c === "desk_switch.pin_wait")).toHaveLength(7);
      advance(10_000);
      expect((await t.post("/api/desk-switch/switch", { userId: coord, pin: "2468" })).status).toBe(200);
      expect((await t.post("/api/desk-switch/return")).status).toBe(200);
    });

    it("lets only a switched session go back to the desk", async () => {
      expect(await t.role()).toBe("desk");
      expect((await t.post("/api/desk-switch/return")).status).toBe(403);
    });
  });
});
