import type { CliCommand } from "../command";
import { migrateCommand } from "./migrate";

/** Every CLI command; a context adds its command file here. */
export const commands: CliCommand[] = [migrateCommand];
