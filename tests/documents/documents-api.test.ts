import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";
import { docxTables, pdfText } from "./read-back";

const PASSWORD = "een-goed-wachtwoord";
// A 1×1 PNG: the logo only has to be a real image.
const LOGO =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describeEachDatabase("documents over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    const d = await db();
    const rooms = roomsRepository(d);
    for (const id of ["a", "b"]) {
      await rooms.upsertRoom({
        id,
        name: `Kamer ${id.toUpperCase()}`,
        city: "Utrecht",
        neighbourhood: null,
        association: `Bewonersvereniging ${id.toUpperCase()}`,
        variant: "full",
        opened: null,
      });
    }
    const auth = authRepository(d);
    await addUser({ auth }, { email: "coord@a.nl", password: PASSWORD, role: "coordinator", rooms: ["a"] });
    await addUser({ auth }, { email: "coop@x.nl", password: PASSWORD, role: "cooperative", rooms: [] });
    await addUser({ auth }, { email: "board@a.nl", password: PASSWORD, role: "board", rooms: ["a"] });
    await addUser({ auth }, { email: "desk@a.nl", password: PASSWORD, role: "desk", rooms: ["a"] });
    app = createApp({ db: d, now: () => new Date("2022-02-01T10:00:00Z"), secureCookies: false });
    for (const email of ["coord@a.nl", "coop@x.nl", "board@a.nl", "desk@a.nl"]) {
      const res = await send("POST", "/api/login", { email, password: PASSWORD });
      cookies[email] = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    }
  });

  const send = (method: string, path: string, body?: unknown, cookie?: string) =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", "x-buurtboek": "1", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const as = (email: string) => (method: string, path: string, body?: unknown) =>
    send(method, path, body, cookies[email]);

  it("uses the cooperative's own name, logo and wording in the agreement", async () => {
    const coop = as("coop@x.nl");
    const saved = await coop("PUT", "/api/documents/settings", {
      name: "Coöperatie Test",
      logo: LOGO,
      texts: { why: "Waarom wij dit doen in {kamers}, {jaar}." },
    });
    expect(saved.status).toBe(200);
    expect(
      (await coop("PUT", "/api/documents/settings", { logo: "data:text/html;base64,PGI+" })).status,
    ).toBe(400);
    const res = await coop("GET", "/api/reports/document?kind=agreement&rooms=a,b&year=2021&format=pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("samenwerkingsafspraak-2021-a-b.pdf");
    const text = await pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain("Waarom wij dit doen in Kamer A en Kamer B, 2021.");
    expect(text).toContain("Coöperatie Test");
    const docx = await coop("GET", "/api/reports/document?kind=agreement&rooms=a&year=2021&format=docx");
    const signatures = (await docxTables(Buffer.from(await docx.arrayBuffer()))).at(-1)!.map((r) => r[0]);
    expect(signatures).toEqual(["Namens bewonersvereniging Bewonersvereniging A", "Namens Coöperatie Test"]);
  });

  it("lets the board download its room but not mark final; refuses the desk and other rooms", async () => {
    const board = as("board@a.nl");
    expect(
      (await board("GET", "/api/reports/document?kind=annual&rooms=a&year=2021&format=xlsx")).status,
    ).toBe(200);
    expect(
      (await board("GET", "/api/reports/document?kind=annual&rooms=b&year=2021&format=xlsx")).status,
    ).toBe(404);
    expect(
      (await board("POST", "/api/reports/finals", { kind: "annual", rooms: ["a"], year: 2021 })).status,
    ).toBe(403);
    expect((await as("desk@a.nl")("GET", "/api/reports/document?kind=annual&rooms=a&year=2021")).status).toBe(
      403,
    );
    const bad = await board("GET", "/api/reports/document?kind=annual&rooms=a&year=2021&format=odt");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("docx, pdf of xlsx");
  });

  it("marks a quarterly report final for the coordinator, lists it and regenerates it identically", async () => {
    const coord = as("coord@a.nl");
    expect(
      (await coord("PUT", "/api/rooms/a/stories", { year: 2021, quarter: 1, text: "Goede start." })).status,
    ).toBe(200);
    expect((await coord("PUT", "/api/rooms/b/stories", { year: 2021, quarter: 1, text: "x" })).status).toBe(
      404,
    );
    const made = await coord("POST", "/api/reports/finals", {
      kind: "quarterly",
      rooms: ["a"],
      year: 2021,
      quarter: 1,
    });
    expect(made.status).toBe(201);
    const { id } = await made.json();
    const list = await (await coord("GET", "/api/reports/finals?year=2021")).json();
    expect(list.finals.map((f: { id: number }) => f.id)).toContain(id);
    // With the cooperative's logo in it (set above), in every format.
    for (const format of ["docx", "pdf", "xlsx"]) {
      const file = await coord("GET", `/api/reports/finals/${id}/file?format=${format}`);
      expect(file.headers.get("x-buurtboek-identical")).toBe("yes");
    }
    expect(await (await coord("GET", "/api/reports/changes?year=2021")).json()).toEqual({ reports: [] });
  });
});
