import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "buurtboek-privacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const res = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", BUURTBOEK_DATA: join(dir, "data") },
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe("privacy retention on the command line", { timeout: 600_000 }, () => {
  it("previews, then anonymises, persons inactive for more than two years; never prints names", () => {
    const bundle = join(dir, "bundle");
    const files: Record<string, string> = {
      "rooms.csv": "room,name\nr1,Kamer Een\n",
      "people.csv": "person,room,first_name,since\noud,r1,Oudje,2015-01-01\nnieuw,r1,Nieuwe,2015-01-01\n",
      "visits.csv": `date,room,activity_type,person\n2015-02-01,r1,social,oud\n${new Date().toISOString().slice(0, 10)},r1,social,nieuw\n`,
    };
    rmSync(bundle, { recursive: true, force: true });
    spawnSync("mkdir", ["-p", bundle]);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(bundle, name), text);
    expect(cli(["import", bundle]).code).toBe(0);
    const preview = cli(["privacy", "retention"]);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain("oud\tr1\tlaatst actief 2015-02-01");
    expect(preview.out).not.toContain("nieuw");
    expect(preview.out).not.toContain("Oudje");
    expect(preview.out).toContain("1 persoon/personen zouden worden geanonimiseerd");
    const apply = cli(["privacy", "retention", "--apply"]);
    expect(apply.out).toContain("1 persoon/personen geanonimiseerd");
    expect(cli(["privacy", "wissen"]).code).toBe(2);
  });
});
