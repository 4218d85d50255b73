import type { CliCommand } from "../command";
import { backupCommand } from "./backup";
import { benchCommand } from "./bench";
import { demoCommand } from "./demo";
import { exportCommand } from "./export";
import { generateCommand } from "./generate";
import { importCommand } from "./import";
import { migrateCommand } from "./migrate";
import { privacyCommand } from "./privacy";
import { reportAgreementCommand, reportAnnualCommand, reportQuarterlyCommand } from "./report-documents";
import { reportFinanceCommand } from "./report-finance";
import { reportIndicatorsCommand } from "./report-indicators";
import { restoreCommand } from "./restore";
import { startCommand } from "./start";
import { userAddCommand } from "./user-add";

/** Every CLI command; a context adds its command file here. */
export const commands: CliCommand[] = [
  startCommand,
  migrateCommand,
  demoCommand,
  userAddCommand,
  reportIndicatorsCommand,
  reportFinanceCommand,
  importCommand,
  exportCommand,
  generateCommand,
  privacyCommand,
  reportAgreementCommand,
  reportQuarterlyCommand,
  reportAnnualCommand,
  benchCommand,
  backupCommand,
  restoreCommand,
];
