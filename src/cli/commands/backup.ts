import { readFileSync, writeFileSync } from "node:fs";
import { settings } from "../../config/load";
import { snapshotDatabase } from "../../db/backup";
import { openDatabase } from "../../db/open";
import { sealBackup } from "../../domain/backup/envelope";
import { type CliCommand, UsageError } from "../command";

/** The passphrase comes from a file or the environment, never from the command line (visible in `ps`). */
export function backupPassphrase(values: Record<string, unknown>): string | undefined {
  const file = values["passphrase-file"];
  if (typeof file === "string") return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  return settings().BUURTBOEK_BACKUP_PASSPHRASE;
}

export const backupCommand: CliCommand = {
  name: "backup",
  usage: "backup --out BESTAND [--passphrase-file F]   versleutelde momentopname van de database",
  examples: [
    "backup --out /var/backups/buurtboek-2026-12-04.bbk --passphrase-file /etc/buurtboek/backup-passphrase",
  ],
  options: { out: { type: "string" }, "passphrase-file": { type: "string" } },
  async run({ values }) {
    if (typeof values.out !== "string") throw new UsageError("Geef --out BESTAND.");
    const passphrase = backupPassphrase(values) ?? "";
    const db = await openDatabase({ holder: "cli", readOnly: true });
    try {
      const file = sealBackup(await snapshotDatabase(db), db.kind, passphrase);
      writeFileSync(values.out, file, { mode: 0o600 });
      console.log(
        `Backup van ${db.location} (${db.kind}) geschreven naar ${values.out} (${file.length} bytes).`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
