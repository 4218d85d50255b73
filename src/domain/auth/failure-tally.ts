/** One audit row for many failed logins with e-mails that have no account. */
export interface TalliedFailures {
  address: string;
  /** The minute, as an ISO time at its start (UTC). */
  minute: string;
  count: number;
}

const MINUTE = 60_000;

/**
 * Counts failed logins with unknown e-mails per client address and minute, so that a script trying
 * made-up addresses leaves one audit row per address and minute (with a count) instead of one row
 * per try in a log that can never be cleaned (issue 20). `due` hands out the minutes that are over.
 * Kept in memory: a crash loses at most the current minute's counts.
 */
export class FailureTally {
  private readonly counts = new Map<string, TalliedFailures>();
  constructor(private readonly maxKeys = 10_000) {}

  add(address: string, now: number): void {
    const minute = new Date(Math.floor(now / MINUTE) * MINUTE).toISOString();
    const key = `${minute} ${address}`;
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { address, minute, count: 1 });
  }

  /** The tallies of minutes before `now`'s (all of them when the map is over its size), removed. */
  due(now: number): TalliedFailures[] {
    const current = new Date(Math.floor(now / MINUTE) * MINUTE).toISOString();
    const out: TalliedFailures[] = [];
    const all = this.counts.size > this.maxKeys;
    for (const [key, entry] of this.counts) {
      if (!all && entry.minute >= current) continue;
      out.push(entry);
      this.counts.delete(key);
    }
    return out;
  }

  /** Everything still counted (at shutdown). */
  drain(): TalliedFailures[] {
    const out = [...this.counts.values()];
    this.counts.clear();
    return out;
  }
}
