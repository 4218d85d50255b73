import { SETTINGS, type SettingSpec } from "./settings";

/** docs/configuration.md, generated from SETTINGS (a test fails when the file is out of date). */
export function configurationDoc(registry: Record<string, SettingSpec> = SETTINGS): string {
  const entries = Object.entries(registry);
  const lines = [
    "# Configuration",
    "",
    "<!-- Generated from src/config/settings.ts by `npm run -s docs:config`. Do not edit by hand. -->",
    "",
    "Buurtboek is configured with environment variables, read and checked once when a command",
    "starts (`buurtboek start` and every other command). A `BUURTBOEK_*` variable that Buurtboek",
    "does not know, or a value that does not fit, stops the start with a Dutch message naming the",
    "variable (a typo in `BUURTBOEK_DATA` must not quietly create a new, empty database). Empty",
    "variables count as unset. Secret settings are never shown in messages or logs, and each may",
    "come from a file instead: `NAME_FILE=/path` (e.g. `DATABASE_URL_FILE=/run/secrets/db-url`),",
    "the file's content without its final line break.",
    "",
    "| variable | default | secret |",
    "|---|---|---|",
    ...entries.map(
      ([name, s]) =>
        `| [\`${name}\`](#${name.toLowerCase()}) | ${s.default !== undefined ? `\`${s.default}\`` : "(unset)"} | ${s.secret ? "yes" : ""} |`,
    ),
    "",
  ];
  for (const [name, s] of entries) {
    lines.push(`## ${name}`, "", s.meaning, "");
    if (s.default !== undefined) lines.push(`- Default: \`${s.default}\``);
    lines.push(`- Example: \`${name}=${s.example}\``);
    if (s.secret && !(`${name}_FILE` in registry))
      lines.push(`- Secret: never shown; may come from a file with \`${name}_FILE\``);
    if (s.testOnly) lines.push("- Accepted only when `NODE_ENV=test`");
    if (s.deprecated) lines.push(`- Deprecated: ${s.deprecated}`);
    if (s.aliasOf)
      lines.push(`- Deprecated name of \`${s.aliasOf.name}\`, read as that one when it is unset`);
    lines.push("");
  }
  return lines.join("\n");
}
