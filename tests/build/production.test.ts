import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_URL } from "../support/databases";

/*
 * The production path of issue 17, as an IT volunteer takes it: the package as `npm pack` makes it
 * (the `files` list), `npm ci --omit=dev` (no dev tool), and `buurtboek` run with plain node from
 * another working folder, against a fresh database on the PostgreSQL server (a throwaway database,
 * dropped after; PGlite when TEST_DATABASE_URL is unset).
 */
const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "buurtboek-built-"));
const pkg = join(work, "package");
const elsewhere = join(work, "elsewhere");
const dbName = `buurtboek_built_${randomBytes(4).toString("hex")}`;
let databaseUrl: string | undefined;
let server: ChildProcess | undefined;

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The environment of a production start: nothing of the test runner's (no NODE_ENV=test, no template). */
function productionEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: "0",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { BUURTBOEK_DATA: join(work, "data") }),
  };
}

function buurtboek(args: string[]): { code: number; out: string; err: string } {
  const bin = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).bin.buurtboek;
  try {
    const out = execFileSync(process.execPath, [join(pkg, bin), ...args], {
      cwd: elsewhere,
      env: productionEnv(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, out, err: "" };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

beforeAll(async () => {
  // `npm test` builds first; alone, this file builds what is missing. The web app is not rebuilt
  // here: browser tests may be serving dist/web at this moment.
  if (!existsSync(join(root, "dist", "web", "index.html"))) run("npm", ["run", "-s", "build:web"], root);
  run("npm", ["run", "-s", "build:server"], root);
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  run("tar", ["xzf", join(work, packed.filename)], work);
  execFileSync("cp", [join(root, "package-lock.json"), pkg]);
  run("npm", ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund"], pkg);
  mkdirSync(elsewhere);
  if (SERVER_URL) {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(SERVER_URL);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
}, 600_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((done) => server?.once("exit", done));
  }
  if (databaseUrl && SERVER_URL) {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe("the built package (npm run build, npm ci --omit=dev, plain node)", { timeout: 300_000 }, () => {
  it("holds the bundle, the web app and the migrations, and installs no dev tool", () => {
    expect(existsSync(join(pkg, "dist", "buurtboek.js"))).toBe(true);
    expect(existsSync(join(pkg, "dist", "web", "index.html"))).toBe(true);
    expect(
      readdirSync(join(pkg, "dist", "migrations"))
        .filter((f) => f.endsWith(".sql"))
        .sort(),
    ).toEqual(
      readdirSync(join(root, "src", "db", "migrations"))
        .filter((f) => f.endsWith(".sql"))
        .sort(),
    );
    expect(existsSync(join(pkg, "src"))).toBe(false);
    const modules = readdirSync(join(pkg, "node_modules"));
    for (const tool of [
      "tsx",
      "vite",
      "vitest",
      "typescript",
      "esbuild",
      "@biomejs",
      "react",
      "playwright-core",
    ])
      expect(modules, tool).not.toContain(tool);
    expect(modules).toContain("@electric-sql");
  });

  it("answers --version and --help with plain node, from another working folder", () => {
    const version = buurtboek(["--version"]);
    expect(version.code).toBe(0);
    expect(version.out).toContain(
      `buurtboek ${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}`,
    );
    for (const args of [
      ["start", "--help"],
      ["report", "indicators", "--help"],
      ["generate", "--help"],
    ]) {
      const res = buurtboek(args);
      expect(res.code, args.join(" ")).toBe(0);
      expect(res.out).toContain("Voorbeeld:\n  buurtboek ");
    }
  });

  it("starts against a fresh database from another working folder: / answers 200 and a login works", async () => {
    const email = "beheer@example.org";
    const password = "een-lang-wachtwoord-2026";
    const added = buurtboek([
      "user",
      "add",
      "--email",
      email,
      "--role",
      "cooperative",
      "--password",
      password,
    ]);
    expect(added.err).toBe("");
    expect(added.code).toBe(0);

    const bin = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).bin.buurtboek;
    const proc = spawn(process.execPath, [join(pkg, bin), "start"], { cwd: elsewhere, env: productionEnv() });
    server = proc;
    let output = "";
    const base = await new Promise<string>((resolve, reject) => {
      proc.stdout.on("data", (chunk) => {
        output += chunk;
        const m = /draait op (http:\/\/localhost:\d+)/.exec(output);
        if (m) resolve(m[1]);
      });
      proc.stderr.on("data", (chunk) => {
        output += chunk;
      });
      proc.once("exit", (code) => reject(new Error(`buurtboek start stopte (${code}): ${output}`)));
    });

    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<div id="root">');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    expect((await fetch(`${base}${asset}`)).status).toBe(200);

    const login = await fetch(`${base}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-buurtboek": "1" },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const me = await fetch(`${base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email, twoFactorRequired: true });

    proc.kill("SIGTERM");
    expect(await new Promise((done) => proc.once("exit", done))).toBe(0);
  });
});
