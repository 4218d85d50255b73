import type { CliCommand } from "../command";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { migrateCommand } from "./migrate";
import { reportFinanceCommand } from "./report-finance";
import { reportIndicatorsCommand } from "./report-indicators";

/** Every CLI command; a context adds its command file here. */
export const commands: CliCommand[] = [
  migrateCommand,
  importCommand,
  exportCommand,
  reportFinanceCommand,
  reportIndicatorsCommand,
];
