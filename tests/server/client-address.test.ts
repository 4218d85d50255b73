import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { readSettings } from "../../src/config/load";
import { authRepository } from "../../src/db/auth.repository";
import type { Database } from "../../src/db/database";
import { addUser } from "../../src/domain/auth/add-user";
import { createApp } from "../../src/server/app";
import {
  clientAddress,
  isHttps,
  parseTrustProxy,
  requestHost,
  requestOrigin,
  TrustProxyError,
} from "../../src/server/client-address";
import { deploymentSettings } from "../../src/server/deployment-settings";
import { startServer } from "../../src/server/start";
import { describeEachDatabase } from "../support/databases";

const PASSWORD = "een-goed-wachtwoord";
/** What @hono/node-server passes as env: the socket's peer address. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe("clientAddress() and the trusted proxies", () => {
  const probe = (trust: string) => {
    const app = new Hono();
    app.use("*", requestOrigin(parseTrustProxy(trust), false));
    app.get("/", (c) => c.json({ address: clientAddress(c), https: isHttps(c), host: requestHost(c) }));
    return async (from: string, headers: Record<string, string> = {}) => {
      const res = await app.request("/", { headers: { host: "intern:3000", ...headers } }, peer(from));
      return res.json();
    };
  };

  it("ignores forwarded headers from a peer that is not a trusted proxy", async () => {
    const ask = probe("127.0.0.1");
    const forged = {
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
    };
    expect(await ask("198.51.100.7", forged)).toEqual({
      address: "198.51.100.7",
      https: false,
      host: "intern:3000",
    });
    // Without any trusted proxy nobody's headers count, not even localhost's.
    expect(await probe("")("127.0.0.1", forged)).toEqual({
      address: "127.0.0.1",
      https: false,
      host: "intern:3000",
    });
  });

  it("believes them from a trusted proxy, and skips the client's own claims", async () => {
    const ask = probe("127.0.0.1, 10.0.0.0/8");
    expect(
      await ask("::ffff:127.0.0.1", {
        "x-forwarded-for": "203.0.113.9",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "buurtboek.example.nl",
      }),
    ).toEqual({ address: "203.0.113.9", https: true, host: "buurtboek.example.nl" });
    // The client wrote "1.2.3.4" itself; our two proxies appended what they saw.
    expect((await ask("127.0.0.1", { "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.1.2.3" })).address).toBe(
      "198.51.100.7",
    );
    // A trusted proxy without X-Forwarded-For (Prometheus on the same host): the proxy itself.
    expect((await ask("127.0.0.1")).address).toBe("127.0.0.1");
    expect((await ask("127.0.0.1", { "x-forwarded-proto": "http" })).https).toBe(false);
  });

  it("reads IPv6, subnets and 'loopback', and names a wrong entry", () => {
    const t = parseTrustProxy("loopback fd00::/8");
    expect(t.has("127.0.0.5")).toBe(true);
    expect(t.has("::1")).toBe(true);
    expect(t.has("fd12::1")).toBe(true);
    expect(t.has("192.168.1.1")).toBe(false);
    expect(parseTrustProxy(undefined).empty).toBe(true);
    for (const bad of ["localhost", "10.0.0.0/33", "1.2.3", "10.0.0.0/8/1"])
      expect(() => parseTrustProxy(bad)).toThrow(new RegExp(`'${bad}'`));
    expect(() => parseTrustProxy("proxy.lan")).toThrow(TrustProxyError);
  });

  it("keeps BUURTBOEK_SECURE_COOKIES as a deprecated alias, and HOST's default", () => {
    const old = readSettings({ BUURTBOEK_SECURE_COOKIES: "1" });
    expect(deploymentSettings(old.settings).alwaysHttps).toBe(true);
    expect(old.warnings.join(" ")).toMatch(/verouderd.*BUURTBOEK_TRUST_PROXY/);
    const now = deploymentSettings(
      readSettings({ BUURTBOEK_TRUST_PROXY: "127.0.0.1", HOST: "127.0.0.1" }).settings,
    );
    expect(now).toMatchObject({ host: "127.0.0.1", alwaysHttps: false });
    expect(now.notes).toEqual(["Vertrouwde proxy: 127.0.0.1"]);
    expect(deploymentSettings(readSettings({}).settings).host).toBe("0.0.0.0");
    expect(() => readSettings({ BUURTBOEK_TRUST_PROXY: "proxy.lan" })).toThrow(
      /BUURTBOEK_TRUST_PROXY: 'proxy.lan' klopt niet; verwacht IP-adressen of subnetten.*'proxy.lan' is dat niet/,
    );
  });
});

// The login throttle lives in the process: each database's run has its own accounts.
let runs = 0;

describeEachDatabase("the login behind a reverse proxy", (db) => {
  let app: ReturnType<typeof createApp>;
  let run = 0;
  const mail = (name: string) => `${name}-${run}@x.nl`;
  beforeAll(async () => {
    run = ++runs;
    const d = await db();
    const auth = authRepository(d);
    for (const email of [mail("forged"), mail("proxied"), mail("real")])
      await addUser({ auth }, { email, password: PASSWORD, role: "cooperative", rooms: [] });
    app = createApp({
      db: d,
      now: () => new Date(),
      secureCookies: false,
      trustProxy: parseTrustProxy("127.0.0.1"),
    });
  });

  const login = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
    app.request(
      "/api/login",
      {
        method: "POST",
        headers: { "content-type": "application/json", "x-buurtboek": "1", ...headers },
        body: JSON.stringify({ email, password }),
      },
      peer(from),
    );

  const addressesOf = async (d: Database, email: string) => {
    const rows = await d.query<{ details: { address?: string } | null }>(
      `SELECT a.details FROM audit_log a JOIN users u ON u.id = a.user_id
        WHERE u.email = $1 AND a.action IN ('login', 'login_failed') ORDER BY a.id`,
      [email],
    );
    return rows.map((r) => r.details?.address);
  };

  it("does not let a forged X-Forwarded-For from an untrusted peer escape the throttle", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await login("198.51.100.7", mail("forged"), "fout", {
        "x-forwarded-for": `203.0.113.${i + 1}`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // The audit log has the peer's address, never the forged ones.
    const seen = await addressesOf(await db(), mail("forged"));
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["198.51.100.7"]));
  });

  it("records the real client behind the trusted proxy, with a Secure cookie and HSTS over https", async () => {
    const res = await login("127.0.0.1", mail("proxied"), PASSWORD, {
      "x-forwarded-for": "203.0.113.50",
      "x-forwarded-proto": "https",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(await addressesOf(await db(), mail("proxied"))).toEqual(["203.0.113.50"]);
  });

  it("sends no Secure cookie or HSTS when an untrusted peer claims https", async () => {
    const res = await login("198.51.100.8", mail("real"), PASSWORD, { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toMatch(/Secure/);
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("takes the peer from the socket on a real server", async () => {
    const d = await db();
    const server = await startServer(d, 0, { host: "127.0.0.1" });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/login`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-buurtboek": "1",
          "x-forwarded-for": "203.0.113.77",
        },
        body: JSON.stringify({ email: mail("real"), password: "fout" }),
      });
      expect(res.status).toBe(401);
    } finally {
      await server.close();
    }
    expect((await addressesOf(d, mail("real"))).at(-1)).toBe("127.0.0.1");
  });
});
