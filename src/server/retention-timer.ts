import { settings } from "../config/load";
import type { Database } from "../db/database";
import { privacyRepository } from "../db/privacy.repository";
import { anonymiseInactive } from "../domain/privacy/anonymise-inactive";

const DAY = 24 * 60 * 60 * 1000;

/** Milliseconds until the next 03:00 server time: the quiet hour, away from registrations. */
function untilNightly(now: Date): number {
  const next = new Date(now);
  next.setHours(3, 0, 0, 0);
  if (next <= now) next.setTime(next.getTime() + DAY);
  return next.getTime() - now.getTime();
}

/**
 * Runs the retention job (anonymise persons inactive longer than the retention period) every
 * night. BUURTBOEK_RETENTION=off switches it off, e.g. on a copy used for testing.
 * Returns a function that stops the timer.
 */
export function startRetentionTimer(db: Database, now: () => Date = () => new Date()): () => void {
  if (settings().BUURTBOEK_RETENTION === "off") return () => {};
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    try {
      const result = await anonymiseInactive(
        { privacy: privacyRepository(db) },
        { now: now(), preview: false },
      );
      // Counts only: no names or references in logs.
      if (result.anonymised > 0)
        console.log(`[buurtboek] bewaartermijn: ${result.anonymised} persoon/personen geanonimiseerd`);
    } catch (err) {
      console.error(`[buurtboek] bewaartermijn: mislukt (${(err as Error)?.name ?? "onbekend"})`);
    }
    schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => void run(), untilNightly(now()));
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
