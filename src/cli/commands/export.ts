import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openDatabase } from "../../db/open";
import { exportBundle } from "../../domain/import/export-bundle";
import { type CliCommand, UsageError } from "../command";
import { progress } from "../progress";

export const exportCommand: CliCommand = {
  name: "export",
  usage: "export MAP                   schrijf alle gegevens als bundel CSV-bestanden in MAP",
  examples: ["export /tmp/buurtboek-export"],
  options: {},
  positionals: true,
  async run({ positionals }) {
    if (positionals.length !== 1) throw new UsageError("Geef precies één MAP om de bundel in te schrijven.");
    const dir = positionals[0];
    const db = await openDatabase({ holder: "cli", readOnly: true });
    try {
      try {
        await mkdir(dir, { recursive: true });
      } catch (err) {
        throw new UsageError(
          `Kan de map '${dir}' niet maken: ${(err as NodeJS.ErrnoException).code ?? "fout"}`,
        );
      }
      const bar = progress("Exporteren", { unit: "bestanden" });
      const files = await exportBundle({ db }, { onFile: (done, total) => bar.update(done, total) });
      bar.stop();
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text, "utf8");
      const rows = Object.values(files).reduce((n, t) => n + t.split("\n").length - 2, 0);
      console.log(`${Object.keys(files).length} bestanden met samen ${rows} regels geschreven in ${dir}.`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
