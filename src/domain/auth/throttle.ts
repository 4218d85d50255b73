/**
 * Login throttling: after FREE failures for one key (an email), each further failure locks that key
 * for a growing delay (2, 4, 8 … seconds, at most 15 minutes). Keyed per account rather than per
 * device so that one person typing wrong does not lock out the room's shared tablet.
 */
export class Throttle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  constructor(
    private readonly free = 5,
    private readonly maxDelayMs = 15 * 60_000,
  ) {}

  /** Milliseconds still to wait, or 0. */
  waitMs(key: string, now: number): number {
    const f = this.failures.get(key);
    return f ? Math.max(0, f.lockedUntil - now) : 0;
  }

  fail(key: string, now: number): void {
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    f.count++;
    if (f.count >= this.free)
      f.lockedUntil = now + Math.min(this.maxDelayMs, 1000 * 2 ** (f.count - this.free + 1));
    this.failures.set(key, f);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
