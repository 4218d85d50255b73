import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configurationDoc } from "./configuration-doc";
import { readSettings, SettingsError } from "./load";
import { flag, integer, text } from "./setting-types";
import { SETTINGS } from "./settings";

const dir = mkdtempSync(join(tmpdir(), "buurtboek-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readSettings(env);
  } catch (err) {
    if (err instanceof SettingsError) return err.problems;
    throw err;
  }
  return [];
}

describe("settings", () => {
  it("has defaults for an empty environment, and every default and example fits its type", () => {
    const { settings } = readSettings({});
    expect(settings.PORT).toBe(3000);
    expect(settings.HOST).toBe("0.0.0.0");
    expect(settings.BUURTBOEK_DATA).toBe("./data");
    expect(settings.BUURTBOEK_TWO_FACTOR).toBe("required");
    expect(settings.BUURTBOEK_SECURE_COOKIES).toBe(false);
    expect(settings.DATABASE_URL).toBeUndefined();
    for (const [name, spec] of Object.entries(SETTINGS)) {
      if (spec.example.startsWith("(")) continue; // described, not literal (a key, a passphrase)
      expect(spec.type.safeParse(spec.example).success, `${name}=${spec.example}`).toBe(true);
    }
  });

  it("reads and types the values, empty ones as unset", () => {
    const { settings } = readSettings({
      PORT: "8080",
      BUURTBOEK_BACKUP_KEEP: " 30 ",
      BUURTBOEK_DEBUG: "ja",
      BUURTBOEK_TWO_FACTOR: "Optional",
      DATABASE_URL: "",
    });
    expect(settings.PORT).toBe(8080);
    expect(settings.BUURTBOEK_BACKUP_KEEP).toBe(30);
    expect(settings.BUURTBOEK_DEBUG).toBe(true);
    expect(settings.BUURTBOEK_TWO_FACTOR).toBe("optional");
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it("refuses an unknown BUURTBOEK_* variable by name, and suggests the one meant", () => {
    const problems = problemsOf({ BUURTBOEK_DAT: "/srv/data", BUURTBOEK_NONSENSE_XYZ: "1", OTHER: "x" });
    expect(problems).toEqual([
      "Onbekende instelling BUURTBOEK_DAT. Bedoelt u BUURTBOEK_DATA?",
      "Onbekende instelling BUURTBOEK_NONSENSE_XYZ.",
    ]);
    expect(() => readSettings({ BUURTBOEK_DAT: "/srv/data" })).toThrow(/docs\/configuration\.md/);
  });

  it("refuses invalid values, naming the variable and an example; never showing a secret", () => {
    const problems = problemsOf({
      PORT: "80a",
      BUURTBOEK_TWO_FACTOR: "uit",
      BUURTBOEK_BACKUP_KEEP: "0",
      DATABASE_URL: "mysql://u:geheim-wachtwoord@h/db",
      BUURTBOEK_SECRET_KEY: "kort",
    });
    expect(problems).toHaveLength(5);
    expect(problems.find((p) => p.startsWith("PORT"))).toBe(
      "PORT: '80a' klopt niet; verwacht een geheel getal van 0 tot 65535. Voorbeeld: PORT=8080",
    );
    expect(problems.find((p) => p.startsWith("BUURTBOEK_TWO_FACTOR"))).toMatch(
      /verwacht required of optional/,
    );
    expect(problems.find((p) => p.startsWith("BUURTBOEK_BACKUP_KEEP"))).toMatch(/van 1 tot 3650/);
    expect(problems.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/^DATABASE_URL: de waarde klopt niet/);
    expect(problems.find((p) => p.startsWith("BUURTBOEK_SECRET_KEY"))).toMatch(/openssl rand -base64 32/);
    expect(problems.join("\n")).not.toMatch(/geheim-wachtwoord|kort/);
  });

  it("accepts test-only variables only when NODE_ENV=test", () => {
    const t = "/tmp/template";
    expect(problemsOf({ BUURTBOEK_TEST_TEMPLATE: t, NODE_ENV: "test" })).toEqual([]);
    expect(problemsOf({ BUURTBOEK_TEST_TEMPLATE: t, NODE_ENV: "production" })).toEqual([
      "BUURTBOEK_TEST_TEMPLATE is alleen voor de tests (met NODE_ENV=test); laat hem weg.",
    ]);
    for (const [name, spec] of Object.entries(SETTINGS))
      expect("testOnly" in spec && spec.testOnly === true, name).toBe(name.startsWith("BUURTBOEK_TEST_"));
  });

  it("reads a secret from its _FILE variant, but not both at once", () => {
    const file = join(dir, "db-url");
    writeFileSync(file, "postgres://u:p@db.example.org/buurtboek\n");
    expect(readSettings({ DATABASE_URL_FILE: file }).settings.DATABASE_URL).toBe(
      "postgres://u:p@db.example.org/buurtboek",
    );
    const pass = join(dir, "pass");
    writeFileSync(pass, "lange zin\n");
    expect(
      readSettings({ BUURTBOEK_BACKUP_PASSPHRASE_FILE: pass }).settings.BUURTBOEK_BACKUP_PASSPHRASE,
    ).toBe("lange zin");
    expect(problemsOf({ DATABASE_URL_FILE: file, DATABASE_URL: "postgres://x@y/z" })).toEqual([
      "Zet DATABASE_URL of DATABASE_URL_FILE, niet allebei.",
    ]);
    expect(problemsOf({ DATABASE_URL_FILE: join(dir, "missing") })[0]).toMatch(
      /^DATABASE_URL_FILE: kan het bestand .*missing niet lezen \(ENOENT\)/,
    );
    // BUURTBOEK_SECRET_KEY_FILE is a setting of its own (a path, created when missing).
    expect(problemsOf({ BUURTBOEK_SECRET_KEY_FILE: join(dir, "not-yet.key") })).toEqual([]);
  });

  it("reads a deprecated alias as its successor, with a line for the log", () => {
    const registry = {
      NEW_ONE: { type: integer(0, 9), default: "0", example: "1", meaning: "m" },
      BUURTBOEK_OLD: {
        type: flag(),
        example: "1",
        meaning: "m",
        aliasOf: { name: "NEW_ONE", value: (v: string) => (v === "1" ? "7" : "0") },
      },
      BUURTBOEK_NAME: { type: text(), example: "x", meaning: "m", deprecated: "gebruik iets anders" },
    };
    const { settings, warnings } = readSettings({ BUURTBOEK_OLD: "1", BUURTBOEK_NAME: "x" }, registry);
    expect(settings).toMatchObject({ NEW_ONE: 7, BUURTBOEK_OLD: true });
    expect(warnings).toEqual([
      "BUURTBOEK_OLD is verouderd; gebruik NEW_ONE=7 (zo wordt hij nu gelezen).",
      "BUURTBOEK_NAME is verouderd: gebruik iets anders",
    ]);
    expect(readSettings({ BUURTBOEK_OLD: "1", NEW_ONE: "3" }, registry).settings).toMatchObject({
      NEW_ONE: 3,
    });
  });

  it("docs/configuration.md is generated from the settings (npm run -s docs:config)", () => {
    const file = new URL("../../docs/configuration.md", import.meta.url);
    expect(readFileSync(file, "utf8"), "docs/configuration.md is stale: npm run -s docs:config").toBe(
      configurationDoc(),
    );
  });
});
