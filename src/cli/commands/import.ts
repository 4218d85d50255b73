import { openDatabase } from "../../db/open";
import { formatImportReport } from "../../domain/import/format-report";
import { importBundle } from "../../domain/import/import-bundle";
import { openBundle } from "../../domain/import/read-bundle";
import { DomainError, messageOf } from "../../domain/shared/errors";
import { type CliCommand, UsageError } from "../command";
import { type Progress, progress } from "../progress";

export const importCommand: CliCommand = {
  name: "import",
  usage: "import PAD [--dry-run] [--partial]  lees een bundel in (map met CSV-bestanden of één .xlsx)",
  examples: ["import ./bundel --dry-run", "import ./bundel"],
  options: { "dry-run": { type: "boolean" }, partial: { type: "boolean" } },
  positionals: true,
  async run({ values, positionals }) {
    if (positionals.length !== 1)
      throw new UsageError("Geef precies één PAD: een map met CSV-bestanden of een .xlsx-bestand.");
    // Streamed: CSV files are read while they are imported, so memory does not grow with them.
    let bundle: Awaited<ReturnType<typeof openBundle>>;
    try {
      bundle = await openBundle(positionals[0]);
    } catch (err) {
      if (err instanceof DomainError) throw new UsageError(messageOf(err));
      throw err;
    }
    const db = await openDatabase({ holder: "cli" }).catch(async (err) => {
      await bundle.close?.();
      throw err;
    });
    const shown = importProgress();
    try {
      const report = await importBundle({ db }, bundle, {
        dryRun: values["dry-run"] === true,
        partial: values.partial === true,
        onProgress: shown.onProgress,
      });
      shown.stop();
      console.log(formatImportReport(report, { dryRun: values["dry-run"] === true }));
      return report.rejected.length ? 1 : 0;
    } finally {
      await db.close();
      await bundle.close?.();
    }
  },
};

/**
 * A progress bar (terminal) or plain lines (log) for large bundles: the bytes read of the bundle's
 * files, or rows of a workbook. Small bundles get only the summary.
 */
function importProgress(): { onProgress: (done: number, total: number) => void; stop: () => void } {
  let bar: Progress | undefined;
  return {
    onProgress(done, total) {
      if (total < 1_000_000) return;
      bar ??= progress("Importeren", { unit: "MB", scale: 1_000_000 });
      bar.update(done, total);
    },
    stop: () => bar?.stop(),
  };
}
