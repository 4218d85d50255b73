import type { parseArgs } from "node:util";

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** One CLI command. `run` returns the exit code (0 fine, 1 failed, 2 usage). */
export interface CliCommand {
  name: string;
  /** One line for the usage text. */
  usage: string;
  /** At least one example for `<command> --help`, without the program name. */
  examples: [string, ...string[]];
  options: ParseArgsOptions;
  /** Whether positional arguments are allowed. */
  positionals?: boolean;
  run(args: {
    values: Record<string, string | boolean | string[] | boolean[] | undefined>;
    positionals: string[];
  }): Promise<number>;
}

/** Thrown by a command for a usage error: the CLI prints the message and the usage, exit code 2. */
export class UsageError extends Error {}
