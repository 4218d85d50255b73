import { parseArgs } from "node:util";
import { SettingsError, startSettings } from "../config/load";
import { PROGRAM, packageVersion } from "../config/package";
import { DatabaseOpenError } from "../db/open";
import { DomainError, messageOf } from "../domain/shared/errors";
import { ServerStartError } from "../server/start";
import { type CliCommand, UsageError } from "./command";
import { commands } from "./commands/index";

function usage(): string {
  return [
    `Gebruik: ${PROGRAM} <commando> [opties]`,
    "",
    "Commando's:",
    ...commands.map((c) => `  ${c.usage}`),
    "",
    `Meer over één commando: ${PROGRAM} <commando> --help. Versie: ${PROGRAM} --version.`,
    "Instellingen (PORT, DATABASE_URL, BUURTBOEK_*): docs/configuration.md.",
  ].join("\n");
}

/** `<command> --help`: what it does, its options and an example. */
function commandHelp(cmd: CliCommand): string {
  const options = Object.entries(cmd.options ?? {}).map(
    ([name, o]) => `  --${name}${o.type === "string" ? " WAARDE" : ""}`,
  );
  return [
    `Gebruik: ${PROGRAM} ${cmd.usage}`,
    ...(options.length ? ["", "Opties:", ...options, "  --help"] : []),
    "",
    "Voorbeeld:",
    ...cmd.examples.map((e) => `  ${PROGRAM} ${e}`),
  ].join("\n");
}

/** node:util parseArgs speaks English; the CLI speaks Dutch. */
function dutchArgError(err: Error & { code?: string }): string {
  const name = /'([^']+)'/.exec(err.message)?.[1] ?? "";
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Onbekende optie: ${name}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Optie ${name} heeft een waarde nodig (of juist geen).`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Onverwacht argument: ${name}`;
    default:
      return err.message;
  }
}

/** Runs one command line; resolves with the exit code, or -1 while the server keeps running. */
export async function runCli(argv: string[]): Promise<number> {
  // `user add` style: some commands have a sub-word.
  const [first, second, ...rest] = argv;
  if (first === "--version" || first === "-v" || first === "version") {
    console.log(`buurtboek ${packageVersion()} (Node ${process.versions.node})`);
    return 0;
  }
  let cmd: CliCommand | undefined = commands.find((c) => c.name === `${first} ${second}`);
  let args = rest;
  if (!cmd) {
    cmd = commands.find((c) => c.name === first);
    args = argv.slice(1);
  }
  if (!first || first === "help" || first === "--help" || first === "-h") {
    const about = second
      ? commands.find((c) => c.name === second || c.name.startsWith(`${second} `))
      : undefined;
    console.log(about ? commandHelp(about) : usage());
    return first ? 0 : 2;
  }
  if (!cmd) {
    console.error(`Onbekend commando: ${first}\n\n${usage()}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(commandHelp(cmd));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: cmd.options,
      allowPositionals: cmd.positionals ?? false,
      strict: true,
    });
  } catch (err) {
    console.error(`${dutchArgError(err as Error & { code?: string })}\n\nGebruik: ${PROGRAM} ${cmd.usage}`);
    return 2;
  }
  try {
    // Every setting is read and checked once, here, before anything is opened.
    startSettings();
    return await cmd.run(parsed as Parameters<CliCommand["run"]>[0]);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\nGebruik: ${PROGRAM} ${cmd.usage}`);
      return 2;
    }
    if (err instanceof SettingsError) {
      console.error(err.message);
      return 2;
    }
    if (err instanceof DatabaseOpenError || err instanceof ServerStartError) {
      console.error(err.message);
      return 1;
    }
    if (err instanceof DomainError) {
      console.error(messageOf(err));
      return 1;
    }
    console.error(`Er ging iets mis: ${(err as Error).message}`);
    return 1;
  }
}
