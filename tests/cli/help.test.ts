import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "../../src/cli/commands/index";
import { runCli } from "../../src/cli/run";

afterEach(() => vi.restoreAllMocks());

function output(): { lines: () => string } {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  return { lines: () => log.mock.calls.map((c) => String(c[0])).join("\n") };
}

describe("help on the command line", () => {
  it.each(commands.map((c) => [c.name]))("`%s --help` exits 0 with usage and an example", async (name) => {
    const out = output();
    expect(await runCli([...name.split(" "), "--help"])).toBe(0);
    expect(out.lines()).toContain(`Gebruik: npm run -s cli -- ${name}`);
    expect(out.lines()).toMatch(new RegExp(`Voorbeeld:\\n {2}npm run -s cli -- ${name} ?`));
  });

  it("`help COMMAND` and `--help` answer too, and a missing command shows the list with exit 2", async () => {
    const out = output();
    expect(await runCli(["help", "import"])).toBe(0);
    expect(out.lines()).toContain("Voorbeeld:");
    expect(await runCli(["--help"])).toBe(0);
    expect(await runCli([])).toBe(2);
    expect(out.lines()).toContain("Commando's:");
  });
});
