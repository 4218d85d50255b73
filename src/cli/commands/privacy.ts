import { openDatabase } from "../../db/open";
import { privacyRepository } from "../../db/privacy.repository";
import { anonymiseInactive } from "../../domain/privacy/anonymise-inactive";
import type { CliCommand } from "../command";
import { UsageError } from "../command";

export const privacyCommand: CliCommand = {
  name: "privacy",
  usage:
    "privacy retention [--apply]   toon wie na de bewaartermijn geanonimiseerd wordt (met --apply: doe het)",
  examples: ["privacy retention", "privacy retention --apply"],
  options: { apply: { type: "boolean" } },
  positionals: true,
  async run({ values, positionals }) {
    if (positionals[0] !== "retention" || positionals.length > 1)
      throw new UsageError("Gebruik: privacy retention [--apply]");
    const apply = values.apply === true;
    const db = await openDatabase({ holder: "cli", readOnly: !apply });
    try {
      const r = await anonymiseInactive(
        { privacy: privacyRepository(db) },
        { now: new Date(), preview: !apply },
      );
      console.log(`Bewaartermijn: ${r.retentionDays} dagen (geen activiteit sinds ${r.before}).`);
      // References and home rooms only: first names stay out of terminals and logs.
      for (const c of r.candidates)
        console.log(`  ${c.ref ?? `#${c.id}`}\t${c.homeRoom}\tlaatst actief ${c.lastActivity}`);
      console.log(
        apply
          ? `${r.anonymised} persoon/personen geanonimiseerd.`
          : `${r.candidates.length} persoon/personen zouden worden geanonimiseerd. Voeg --apply toe om dat te doen.`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
