import type { Database } from "../db/database";
import { refreshLapsedStages } from "../db/people.repository";

const DAY = 24 * 60 * 60 * 1000;

/** Milliseconds until the next 00:15 server time: just after the day has turned. */
function untilAfterMidnight(now: Date): number {
  const next = new Date(now);
  next.setHours(0, 15, 0, 0);
  if (next <= now) next.setTime(next.getTime() + DAY);
  return next.getTime() - now.getTime();
}

/**
 * Derived ladder stages that end by the passing of time (DOMAIN §10: 12 months after the last
 * visit, …) are closed once at start and then every night (decision 092). Returns a function that
 * stops the timer.
 */
export function startLadderTimer(db: Database, now: () => Date = () => new Date()): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    try {
      await refreshLapsedStages(db);
    } catch (err) {
      console.error(
        `[buurtboek] ladder: verlopen treden bijwerken mislukt (${(err as Error)?.name ?? "onbekend"})`,
      );
    }
    if (!stopped) schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => void run(), untilAfterMidnight(now()));
    timer.unref();
  };
  timer = setTimeout(() => void run(), 1000);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
