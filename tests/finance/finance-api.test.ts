import { beforeAll, expect, it } from "vitest";
import { authRepository } from "../../src/db/auth.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";

describeEachDatabase("finance over HTTP", (db) => {
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

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
    const auth = authRepository(d);
    await addUser({ auth }, { email: "coord@a.nl", password: PASSWORD, role: "coordinator", rooms: ["a"] });
    await addUser({ auth }, { email: "coop@x.nl", password: PASSWORD, role: "cooperative", rooms: [] });
    await addUser({ auth }, { email: "board@a.nl", password: PASSWORD, role: "board", rooms: ["a"] });
    app = createApp({ db: d, now: () => new Date("2021-06-15T10:00:00Z"), secureCookies: false });
    for (const email of ["coord@a.nl", "coop@x.nl", "board@a.nl"]) {
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
  const coop = (method: string, path: string, body?: unknown) =>
    send(method, path, body, cookies["coop@x.nl"]);

  it("lets the cooperative build a budget and financing, and reports it", async () => {
    expect(
      (
        await coop("POST", "/api/rooms/a/finance/budget/start", {
          year: 2021,
          start: { from: "template", template: "full" },
        })
      ).status,
    ).toBe(201);
    const funder = await (
      await coop("POST", "/api/finance/funders", { name: "Gemeente Utrecht", type: "municipality" })
    ).json();
    const k = await coop("POST", "/api/rooms/a/finance/contributions", {
      year: 2021,
      funderId: funder.id,
      amount: 114000,
      status: "granted",
    });
    expect(k.status).toBe(201);
    expect((await k.json()).warnings).toEqual([]);
    expect(
      (await coop("PUT", "/api/finance/rates/2021", { volunteerHourly: 11, staffHourly: 37 })).status,
    ).toBe(200);
    expect(
      (
        await coop("PUT", "/api/rooms/a/finance/plan", {
          year: 2021,
          volunteerHours: 7500,
          staffUnpaidHours: 500,
        })
      ).status,
    ).toBe(200);
    const report = await (await coop("GET", "/api/finance/report?rooms=a&year=2021")).json();
    expect(report.costs.total).toBe(114000);
    expect(report.financing).toEqual({ by_type: { municipality: 114000 }, formal: 114000, balance: 0 });
    expect(report.popular_planned.total).toBe(215000);
  });

  it("refuses bad input with a clear Dutch message", async () => {
    const bad = await coop("POST", "/api/rooms/a/finance/budget-lines", {
      year: 2021,
      code: "X1",
      amount: 5,
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/onbekende categorie/);
    const neg = await coop("POST", "/api/rooms/a/finance/budget-lines", {
      year: 2021,
      code: "C1",
      amount: -5,
    });
    expect((await neg.json()).error.code).toBe("finance.negative_amount");
    const zero = await coop("PUT", "/api/finance/rates/2021", { volunteerHourly: 0, staffHourly: 37 });
    expect((await zero.json()).error.code).toBe("finance.zero_rate");
    const funders = (await (await coop("GET", "/api/finance/funders")).json()).funders;
    const noBudget = await coop("POST", "/api/rooms/b/finance/contributions", {
      year: 2021,
      funderId: funders[0].id,
      amount: 100,
    });
    expect((await noBudget.json()).warnings[0].code).toBe("finance.no_budget");
  });

  it("lets a coordinator read their own rooms only, and board and funder not at all", async () => {
    const coord = cookies["coord@a.nl"];
    const own = await send("GET", "/api/rooms/a/finance?year=2021", undefined, coord);
    expect(own.status).toBe(200);
    const screen = await own.json();
    expect(screen.report.costs.total).toBe(114000);
    expect(screen.rates.source).toBe("own");
    expect((await send("GET", "/api/rooms/b/finance?year=2021", undefined, coord)).status).toBe(404);
    expect((await send("GET", "/api/finance/report?rooms=b&year=2021", undefined, coord)).status).toBe(404);
    const all = await (await send("GET", "/api/finance/report?rooms=all&year=2021", undefined, coord)).json();
    expect(all.rooms).toEqual(["a"]);
    expect(
      (await send("POST", "/api/rooms/a/finance/budget-lines", { year: 2021, code: "D5", amount: 1 }, coord))
        .status,
    ).toBe(403);
    expect(
      (await send("GET", "/api/finance/report?rooms=a&year=2021", undefined, cookies["board@a.nl"])).status,
    ).toBe(403);
    expect(
      (await send("GET", "/api/rooms/a/finance?year=2021", undefined, cookies["board@a.nl"])).status,
    ).toBe(403);
  });

  it("moves a contribution forward only and keeps the petty cash book", async () => {
    const screen = await (await coop("GET", "/api/rooms/b/finance?year=2021")).json();
    const kid = screen.contributions[0].id;
    const received = await coop("POST", `/api/rooms/b/finance/contributions/${kid}/status`, {
      status: "received",
    });
    expect(await received.json()).toMatchObject({
      status: "received",
      grantedOn: "2021-06-15",
      receivedOn: "2021-06-15",
    });
    const back = await coop("POST", `/api/rooms/b/finance/contributions/${kid}/status`, {
      status: "granted",
    });
    expect(back.status).toBe(409);
    const cash = await coop("POST", "/api/rooms/b/finance/petty-cash", {
      date: "2021-06-01",
      amount: 251,
      category: "catering",
      receipt: true,
    });
    expect(cash.status).toBe(201);
    expect((await cash.json()).warnings[0].code).toBe("finance.petty_cash_over_limit");
    expect((await coop("DELETE", "/api/rooms/b/finance/petty-cash/abc")).status).toBe(404);
    const imported = await coop("POST", "/api/rooms/b/finance/actuals/import", {
      csv: "date;code;amount\n15-02-2021;C1;1.000,00\n",
    });
    expect(await imported.json()).toEqual({ imported: 1, unchanged: 0, rejected: [] });
    const after = await (await coop("GET", "/api/rooms/b/finance?year=2021")).json();
    expect(after.spending.categories[2]).toMatchObject({ code: "C", actual: [1000, 0, 0, 0] });
  });

  it("keeps the funder register editable by the cooperative only", async () => {
    const funders = (await (await coop("GET", "/api/finance/funders")).json()).funders;
    const put = await coop("PUT", `/api/finance/funders/${funders[0].id}`, {
      name: "Gemeente Utrecht (MO)",
      type: "municipality",
      contact: "subsidies@utrecht.example",
    });
    expect(await put.json()).toMatchObject({
      name: "Gemeente Utrecht (MO)",
      contact: "subsidies@utrecht.example",
    });
    const coord = await send(
      "PUT",
      `/api/finance/funders/${funders[0].id}`,
      { name: "X", type: "municipality" },
      cookies["coord@a.nl"],
    );
    expect(coord.status).toBe(403);
  });
});
