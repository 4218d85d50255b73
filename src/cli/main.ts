import { parseArgs } from "node:util";
import { DatabaseOpenError } from "../db/open";
import { DomainError, messageOf } from "../domain/shared/errors";
import { type CliCommand, UsageError } from "./command";
import { commands } from "./commands/index";

function usage(): string {
  return [
    "Gebruik: npm run -s cli -- <commando> [opties]",
    "",
    "Commando's:",
    ...commands.map((c) => `  ${c.usage}`),
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

async function main(argv: string[]): Promise<number> {
  // `user add` style: some commands have a sub-word.
  const [first, second, ...rest] = argv;
  let cmd: CliCommand | undefined = commands.find((c) => c.name === `${first} ${second}`);
  let args = rest;
  if (!cmd) {
    cmd = commands.find((c) => c.name === first);
    args = argv.slice(1);
  }
  if (!first || first === "help" || first === "--help") {
    console.log(usage());
    return first ? 0 : 2;
  }
  if (!cmd) {
    console.error(`Onbekend commando: ${first}\n\n${usage()}`);
    return 2;
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
    console.error(`${dutchArgError(err as Error & { code?: string })}\n\nGebruik: ${cmd.usage}`);
    return 2;
  }
  try {
    return await cmd.run(parsed as Parameters<CliCommand["run"]>[0]);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\nGebruik: ${cmd.usage}`);
      return 2;
    }
    if (err instanceof DatabaseOpenError) {
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

main(process.argv.slice(2)).then(
  (code) => {
    // The server keeps running; every other command ends here.
    if (code !== -1) process.exit(code);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
