import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describeEachDatabase("import over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    const d = await db();
    const auth = authRepository(d);
    await addUser({ auth }, { email: "coop@x.nl", password: PASSWORD, role: "cooperative", rooms: [] });
    await addUser({ auth }, { email: "desk@x.nl", password: PASSWORD, role: "desk", rooms: [] });
    app = createApp({ db: d, now: () => new Date("2021-06-15T10:00:00Z"), secureCookies: false });
    for (const email of ["coop@x.nl", "desk@x.nl"]) {
      const res = await app.request("/api/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1" },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      cookies[email] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
  });

  const post = (body: BodyInit, type: string, who = "coop@x.nl", query = "") =>
    app.request(`/api/import${query}`, {
      method: "POST",
      headers: { "content-type": type, "x-buurtboek": "1", cookie: cookies[who] },
      body,
    });

  it("only lets the cooperative import", async () => {
    const res = await post(
      JSON.stringify({ files: { "rooms.csv": "room,name\nh1,Een\n" } }),
      "application/json",
      "desk@x.nl",
    );
    expect(res.status).toBe(403);
  });

  it("imports CSV texts from JSON and reports rejected rows", async () => {
    const files = {
      "rooms.csv": "room,name\nh1,Kamer H\n",
      "visits.csv": "date,room,activity_type\n2021-01-01,h1,social\n2021-01-01,h2,social\n",
    };
    const res = await post(JSON.stringify({ files }), "application/json");
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ applied: false, imported: { rooms: 1, visits: 1 } });
    expect(report.rejected).toMatchObject([{ file: "visits.csv", line: 3, field: "room" }]);
    const partial = await (await post(JSON.stringify({ files, partial: true }), "application/json")).json();
    expect(partial).toMatchObject({ applied: true, imported: { rooms: 1, visits: 1 } });
    const [log] = await (await db()).query<{ user_id: number }>(
      "SELECT user_id FROM audit_log WHERE action = 'import'",
    );
    expect(log.user_id).toBeGreaterThan(0);
  });

  it("imports an .xlsx body", async () => {
    const wb = new ExcelJS.Workbook();
    const rooms = wb.addWorksheet("rooms");
    rooms.addRow(["room", "name"]);
    rooms.addRow(["h3", "Kamer drie"]);
    const body = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await (await post(body, XLSX, "coop@x.nl", "?dryRun=1")).json();
    expect(report).toEqual({ applied: false, imported: { rooms: 1 }, unchanged: 0, rejected: [] });
    const bad = await post(new Uint8Array([1, 2, 3]), XLSX);
    expect(bad.status).toBe(400);
  });
});
