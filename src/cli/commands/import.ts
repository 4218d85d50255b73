import { openDatabase } from "../../db/open";
import { formatImportReport } from "../../domain/import/format-report";
import { importBundle } from "../../domain/import/import-bundle";
import { readBundle } from "../../domain/import/read-bundle";
import { DomainError, messageOf } from "../../domain/shared/errors";
import { type CliCommand, UsageError } from "../command";

export const importCommand: CliCommand = {
  name: "import",
  usage: "import PAD [--dry-run] [--partial]  lees een bundel in (map met CSV-bestanden of één .xlsx)",
  options: { "dry-run": { type: "boolean" }, partial: { type: "boolean" } },
  positionals: true,
  async run({ values, positionals }) {
    if (positionals.length !== 1)
      throw new UsageError("Geef precies één PAD: een map met CSV-bestanden of een .xlsx-bestand.");
    let bundle: Awaited<ReturnType<typeof readBundle>>;
    try {
      bundle = await readBundle(positionals[0]);
    } catch (err) {
      if (err instanceof DomainError) throw new UsageError(messageOf(err));
      throw err;
    }
    const db = await openDatabase({ holder: "cli" });
    try {
      const report = await importBundle({ db }, bundle, {
        dryRun: values["dry-run"] === true,
        partial: values.partial === true,
      });
      console.log(formatImportReport(report, { dryRun: values["dry-run"] === true }));
      return report.rejected.length ? 1 : 0;
    } finally {
      await db.close();
    }
  },
};
