import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";

describeEachDatabase("people, keys, members and privacy over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    const d = await db();
    await importBundle(
      { db: d },
      bundleFromCsvTexts({
        "rooms.csv": "room,name\na,Kamer A\nb,Kamer B\n",
        "people.csv":
          "person,room,first_name,street,since\nx1,a,Fatima,Dorpsstraat,2023-01-01\nx2,b,Gerrit,,2023-01-01\n",
        "keys.csv": "key,room,person,issued\nA-1,a,x1,2024-01-01\n",
        "memberships.csv": "person,room,year,paid,amount\nx1,a,2024,ja,1\n",
      }),
    );
    const auth = authRepository(d);
    const users = [
      { email: "coord@a.nl", role: "coordinator" as const, rooms: ["a"] },
      { email: "board@a.nl", role: "board" as const, rooms: ["a"] },
      { email: "desk@a.nl", role: "desk" as const, rooms: ["a"] },
      { email: "coop@x.nl", role: "cooperative" as const, rooms: [] },
    ];
    for (const u of users) await addUser({ auth }, { ...u, password: PASSWORD });
    app = createApp({ db: d, now: () => new Date("2024-06-15T10:00:00Z"), secureCookies: false });
    for (const u of users) {
      const res = await app.request("/api/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1" },
        body: JSON.stringify({ email: u.email, password: PASSWORD }),
      });
      cookies[u.role] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
  }, 180_000);

  const call = (role: string, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", "x-buurtboek": "1", cookie: cookies[role] },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it("lets the coordinator find people of their room only", async () => {
    const res = await call("coordinator", "GET", "/api/rooms/a/people?search=fat");
    expect(res.status).toBe(200);
    const { people } = (await res.json()) as { people: { firstName: string }[] };
    expect(people.map((p) => p.firstName)).toEqual(["Fatima"]);
    expect((await call("coordinator", "GET", "/api/rooms/b/people")).status).toBe(404);
    expect((await call("desk", "GET", "/api/rooms/a/people")).status).toBe(403);
    expect((await call("board", "GET", "/api/rooms/a/people")).status).toBe(403);
  });

  it("refuses a key issued twice with a clear Dutch message", async () => {
    const list = (await (await call("coordinator", "GET", "/api/rooms/a/people")).json()) as {
      people: { id: number }[];
    };
    const res = await call("coordinator", "POST", "/api/rooms/a/keys", {
      key: "A-1",
      personId: list.people[0].id,
      issued: "2024-05-01",
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain("Sleutel A-1 is in die periode al uitgegeven");
  });

  it("gives the board its association's member list as XLSX", async () => {
    const res = await call("board", "GET", "/api/rooms/a/members.xlsx?year=2024");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const values = wb.worksheets[0].getSheetValues().flat().filter(Boolean);
    expect(values).toContain("Fatima");
    expect(
      (await call("board", "PUT", "/api/rooms/a/members", { personId: 1, year: 2024, paid: true })).status,
    ).toBe(403);
  });

  it("shows today's openers to the desk, and the retention preview and note log to the cooperative only", async () => {
    const today = await call("desk", "GET", "/api/rooms/a/rota/today");
    expect(today.status).toBe(200);
    expect(await today.json()).toEqual({ date: "2024-06-15", shifts: [] });
    expect((await call("coordinator", "GET", "/api/privacy/retention")).status).toBe(403);
    const preview = await call("cooperative", "GET", "/api/privacy/retention");
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as { retentionDays: number }).retentionDays).toBe(730);
    expect((await call("cooperative", "GET", "/api/privacy/note-reads")).status).toBe(200);
  });
});
