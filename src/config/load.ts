import { readFileSync } from "node:fs";
import { SETTINGS, type SettingSpec, type Settings } from "./settings";

const DOCS = "docs/configuration.md";

/** Settings that cannot be used: every problem found, each naming its variable, in Dutch. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length === 1 ? "Een instelling klopt niet" : "Instellingen kloppen niet"}; Buurtboek start niet:\n${problems
        .map((p) => `  - ${p}`)
        .join("\n")}\nAlle instellingen staan in ${DOCS}.`,
    );
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** Lines for the log: deprecated names in use. */
  warnings: string[];
}

/** The `_FILE` variant a secret may come from, unless the registry has a setting of that name. */
function fileVariant(name: string, spec: SettingSpec, registry: Record<string, SettingSpec>): string | null {
  return spec.secret && !(`${name}_FILE` in registry) ? `${name}_FILE` : null;
}

/** Edit distance, to suggest the setting a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = next;
    }
  }
  return row[b.length];
}

function closest(name: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(name.length / 4)) ? best : null;
}

/**
 * Reads and checks every setting of `registry` from `env`: unknown BUURTBOEK_* variables, test-only
 * ones outside tests, a secret given twice (directly and as a file), and values that do not fit
 * their type are all reported at once. Empty variables count as unset.
 */
export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  registry: Record<string, SettingSpec> = SETTINGS,
): LoadedSettings {
  const problems: string[] = [];
  const warnings: string[] = [];
  const known = new Set<string>();
  for (const [name, spec] of Object.entries(registry)) {
    known.add(name);
    const file = fileVariant(name, spec, registry);
    if (file) known.add(file);
  }
  const testing = env.NODE_ENV === "test";
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith("BUURTBOEK_") || !env[name]) continue;
    if (!known.has(name)) {
      const guess = closest(name, [...known]);
      problems.push(`Onbekende instelling ${name}.${guess ? ` Bedoelt u ${guess}?` : ""}`);
    } else if (registry[name]?.testOnly && !testing) {
      problems.push(`${name} is alleen voor de tests (met NODE_ENV=test); laat hem weg.`);
    }
  }

  // The raw text of each setting: its variable, its _FILE variant, or a deprecated alias.
  const raw = new Map<string, string>();
  for (const [name, spec] of Object.entries(registry)) {
    const direct = env[name] || undefined;
    const file = fileVariant(name, spec, registry);
    const fromFile = file ? env[file] || undefined : undefined;
    if (direct !== undefined && fromFile !== undefined) {
      problems.push(`Zet ${name} of ${file}, niet allebei.`);
      continue;
    }
    if (fromFile !== undefined && file) {
      try {
        raw.set(name, readFileSync(fromFile, "utf8").replace(/\r?\n$/, ""));
      } catch (err) {
        problems.push(
          `${file}: kan het bestand ${fromFile} niet lezen (${(err as NodeJS.ErrnoException).code ?? "fout"}).`,
        );
      }
    } else if (direct !== undefined) raw.set(name, direct);
  }
  for (const [name, spec] of Object.entries(registry)) {
    if (spec.deprecated && raw.has(name)) warnings.push(`${name} is verouderd: ${spec.deprecated}`);
    if (!spec.aliasOf || !raw.has(name)) continue;
    const target = spec.aliasOf.name;
    if (raw.has(target)) {
      warnings.push(`${name} is verouderd en wordt genegeerd: ${target} is gezet.`);
    } else {
      raw.set(target, spec.aliasOf.value(raw.get(name) ?? ""));
      warnings.push(`${name} is verouderd; gebruik ${target}=${raw.get(target)} (zo wordt hij nu gelezen).`);
    }
  }

  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(registry)) {
    const text = raw.get(name) ?? spec.default;
    if (text === undefined) {
      values[name] = undefined;
      continue;
    }
    const parsed = spec.type.safeParse(text);
    if (parsed.success) {
      values[name] = parsed.data;
      continue;
    }
    const expected = parsed.error.issues[0]?.message ?? "een andere waarde";
    const shown = spec.secret ? "de waarde" : `'${text}'`;
    const source = raw.has(name) ? name : `de standaardwaarde van ${name}`;
    problems.push(`${source}: ${shown} klopt niet; verwacht ${expected}. Voorbeeld: ${name}=${spec.example}`);
  }
  if (problems.length) throw new SettingsError(problems);
  return { settings: Object.freeze(values) as unknown as Settings, warnings };
}

let fixed: Settings | undefined;

/**
 * Reads the settings once at start (the CLI's first step) and keeps them: later changes to the
 * environment are not seen. Logs a line for each deprecated name. Throws SettingsError.
 */
export function startSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const { settings, warnings } = readSettings(env);
  for (const w of warnings) console.warn(`[buurtboek] ${w}`);
  fixed = settings;
  return settings;
}

/**
 * The settings. After `startSettings` (every CLI command and the server) the ones read at start;
 * before it (code used in-process by tests) read from process.env as it is now.
 */
export function settings(): Settings {
  return fixed ?? readSettings().settings;
}
