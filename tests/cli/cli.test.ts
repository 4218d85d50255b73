import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "buurtboek-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", BUURTBOEK_DATA: join(dir, "data"), ...env },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe("the command line", { timeout: 180_000 }, () => {
  it("answers an unknown command or flag with usage and exit code 2", () => {
    const unknown = cli(["toveren"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Onbekend commando: toveren");
    expect(unknown.err).toContain("Gebruik:");
    const flag = cli(["migrate", "--snel"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("Onbekende optie: --snel");
  });

  it("names the database host it could not reach and the problem, never the password, and exits non-zero", () => {
    const res = cli(["migrate"], { DATABASE_URL: "postgres://u:geheim@127.0.0.1:1/nergens" });
    expect(res.code).toBe(1);
    expect(res.err).toContain(
      "Kan geen verbinding maken met de databaseserver 127.0.0.1:1 (database nergens, gebruiker u): daar luistert geen PostgreSQL",
    );
    expect(res.err).not.toContain("geheim");
  });

  it("stops on an unknown or invalid setting, naming it, before it opens or creates anything", () => {
    const typo = cli(["migrate"], { BUURTBOEK_DAAT: join(dir, "typo") });
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("Onbekende instelling BUURTBOEK_DAAT. Bedoelt u BUURTBOEK_DATA?");
    const port = cli(["start"], { PORT: "drieduizend" });
    expect(port.code).toBe(2);
    expect(port.err).toContain("PORT: 'drieduizend' klopt niet");
    expect(existsSync(join(dir, "data"))).toBe(false);
  });

  it("refuses a read-only command on a data folder without a database, and creates none", () => {
    const empty = join(dir, "nothing-here");
    const res = cli(["export", join(dir, "out")], { BUURTBOEK_DATA: empty });
    expect(res.code).toBe(1);
    expect(res.err).toContain(`In ${empty} staat geen database. Klopt BUURTBOEK_DATA`);
    expect(existsSync(empty)).toBe(false);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("says which version it is", () => {
    const res = cli(["--version"]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^buurtboek \d+\.\d+\.\d+ \(Node \d+/);
  });

  it("refuses to open an embedded folder that a running process holds", () => {
    const data = join(dir, "held");
    expect(cli(["migrate"], { BUURTBOEK_DATA: data }).code).toBe(0);
    // A live process (this test runner) holds the lock, as the server would.
    writeFileSync(
      join(data, "buurtboek.lock"),
      JSON.stringify({ pid: process.pid, holder: "server", port: 3000 }),
    );
    const res = cli(["migrate"], { BUURTBOEK_DATA: data });
    expect(res.code).toBe(1);
    expect(res.err).toContain("in gebruik door de server");
    rmSync(join(data, "buurtboek.lock"));
    expect(cli(["migrate"], { BUURTBOEK_DATA: data }).code).toBe(0);
  });
});
