import { migrate } from "../../db/migrate";
import { openDatabase } from "../../db/open";
import type { CliCommand } from "../command";

export const migrateCommand: CliCommand = {
  name: "migrate",
  usage: "migrate                     past de database aan naar de nieuwste versie",
  examples: ["migrate"],
  options: {},
  async run() {
    const db = await openDatabase({ holder: "cli" });
    try {
      // openDatabase migrates already; a second call reports that nothing is left.
      const applied = await migrate(db);
      console.log(
        applied.length ? `Toegepast: ${applied.join(", ")}` : `De database in ${db.location} is bij.`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
