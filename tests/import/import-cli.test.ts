import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

// Spawning the CLI is slow (tsx + PGlite start): two runs cover the exit codes 2 and 1;
// exit code 0 and the summary are covered in-process through importBundle.
const dir = mkdtempSync(join(tmpdir(), "buurtboek-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, BUURTBOEK_DATA: join(dir, "data"), DATABASE_URL: "" },
    timeout: 300_000,
  });

it("exits 2 for an unreadable path", () => {
  const res = cli("import", join(dir, "does-not-exist"));
  expect(res.status).toBe(2);
  expect(res.stderr).toContain("Kan");
}, 300_000);

it("exits 1 when a row is rejected, naming file, line and field", () => {
  const bundle = join(dir, "bundle");
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle);
  writeFileSync(join(bundle, "rooms.csv"), "room,name\nc1,Kamer C\n");
  writeFileSync(
    join(bundle, "visits.csv"),
    "date,room,activity_type\n2021-01-01,c1,social\n31-02-2021,c1,social\n",
  );
  const res = cli("import", bundle, "--partial");
  expect(res.status).toBe(1);
  expect(res.stdout).toContain("visits.csv:3 date: '31-02-2021' is geen geldige datum");
  expect(res.stdout).toMatch(/visits\.csv\s+1/);
}, 300_000);
