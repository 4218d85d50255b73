import { readFileSync } from "node:fs";
import { settings } from "../../config/load";
import { restorePgliteFolder, restorePostgres } from "../../db/backup";
import { dataDir, openDatabase } from "../../db/open";
import { BackupErrors } from "../../domain/backup/backup.errors";
import { backupKind, openBackup } from "../../domain/backup/envelope";
import { type CliCommand, UsageError } from "../command";
import { backupPassphrase } from "./backup";

export const restoreCommand: CliCommand = {
  name: "restore",
  usage: "restore BESTAND [--passphrase-file F]        zet een backup terug in dezelfde soort database",
  examples: [
    "restore /var/backups/buurtboek-2026-12-04.bbk --passphrase-file /etc/buurtboek/backup-passphrase",
  ],
  options: { "passphrase-file": { type: "string" } },
  positionals: true,
  async run({ values, positionals }) {
    const [path] = positionals;
    if (!path) throw new UsageError("Geef het backupbestand.");
    const file = readFileSync(path);
    const target = settings().DATABASE_URL ? "postgres" : "pglite";
    const kind = backupKind(file);
    if (kind !== target) throw BackupErrors.WrongKind({ backup: kind, target });
    const { snapshot } = openBackup(file, backupPassphrase(values) ?? "");
    if (kind === "pglite") {
      const kept = await restorePgliteFolder(dataDir(), snapshot, new Date());
      console.log(`Teruggezet in ${dataDir()}.${kept ? ` De vorige map staat in ${kept}.` : ""}`);
      return 0;
    }
    const db = await openDatabase({ holder: "cli" });
    try {
      const counts = await restorePostgres(db, snapshot);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`Teruggezet in ${db.location}: ${Object.keys(counts).length} tabellen, ${rows} rijen.`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
