import type { ImportReport } from "./import-bundle";
import { FILE_NAMES } from "./spec";

/** The Dutch summary of an import: counts per file, then every rejected row `file:line veld: reason`. */
export function formatImportReport(report: ImportReport, opts: { dryRun?: boolean } = {}): string {
  const lines: string[] = [];
  const names = Object.keys(report.imported).sort((a, b) => FILE_NAMES.indexOf(a) - FILE_NAMES.indexOf(b));
  lines.push(
    opts.dryRun
      ? "Proefrit: er is niets opgeslagen."
      : report.applied
        ? "Import opgeslagen."
        : "Er is niets opgeslagen.",
  );
  lines.push(report.applied ? "Nieuwe regels ingelezen:" : "Nieuwe regels die ingelezen zouden worden:");
  for (const name of names) lines.push(`  ${`${name}.csv`.padEnd(18)} ${report.imported[name]}`);
  lines.push(`Al eerder ingelezen (ongewijzigd): ${report.unchanged}`);
  if (report.rejected.length) {
    lines.push(`Afgewezen: ${report.rejected.length}`);
    for (const r of report.rejected)
      lines.push(`  ${r.file}:${r.line} ${r.field ? `${r.field}: ` : ""}${r.reason}`);
    if (!report.applied && !opts.dryRun) {
      lines.push(
        "Verbeter deze regels en lees de bundel opnieuw in, of gebruik --partial om alleen de goede regels op te slaan.",
      );
    }
  }
  return lines.join("\n");
}
