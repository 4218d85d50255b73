/**
 * Login throttling: after FREE failures for one key (an email), each further failure locks that key
 * for a growing delay (2, 4, 8 … seconds, at most 15 minutes). Keyed per account rather than per
 * device so that one person typing wrong does not lock out the room's shared tablet.
 *
 * A try is *claimed* before its password is checked: `claim` counts it as a failure at once (and
 * sets the lock when it is the FREE-th), synchronously, so tries sent in parallel cannot all pass
 * the check while the first ones are still being verified. A right password gives the claim back
 * (`succeed`). Keys quiet for `forgetAfterMs` are pruned, so made-up e-mails do not fill memory.
 */
export class Throttle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number; last: number }>();
  private lastPrune = 0;
  constructor(
    private readonly free = 5,
    private readonly maxDelayMs = 15 * 60_000,
    private readonly forgetAfterMs = 60 * 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds still to wait, or 0. */
  waitMs(key: string, now: number): number {
    const f = this.failures.get(key);
    return f ? Math.max(0, f.lockedUntil - now) : 0;
  }

  /**
   * Claims one try for `key`: 0 when the try may go on (it is counted as a failure until
   * `succeed`), else the milliseconds still to wait (nothing counted).
   */
  claim(key: string, now: number): number {
    this.prune(now);
    const wait = this.waitMs(key, now);
    if (wait > 0) return wait;
    this.fail(key, now);
    return 0;
  }

  fail(key: string, now: number): void {
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0, last: 0 };
    f.count++;
    f.last = now;
    if (f.count >= this.free)
      f.lockedUntil = now + Math.min(this.maxDelayMs, 1000 * 2 ** (f.count - this.free + 1));
    // Re-inserted so the Map's order is the order of last use (the oldest are pruned first).
    this.failures.delete(key);
    this.failures.set(key, f);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  /**
   * Gives one claim back (a right password) without forgetting the other failures: for counts
   * shared by many accounts, such as a client address, where one good login must not wipe the slate.
   */
  refund(key: string): void {
    const f = this.failures.get(key);
    if (!f) return;
    f.count = Math.max(0, f.count - 1);
    if (f.count < this.free) f.lockedUntil = 0;
  }

  /** How many keys are kept (for tests and the pruning check). */
  get size(): number {
    return this.failures.size;
  }

  /** Forgets keys without a try for `forgetAfterMs` (and the oldest beyond `maxKeys`). */
  prune(now: number): void {
    if (now - this.lastPrune < 60_000 && this.failures.size <= this.maxKeys) return;
    this.lastPrune = now;
    for (const [key, f] of this.failures) {
      if (now - f.last < this.forgetAfterMs && this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
