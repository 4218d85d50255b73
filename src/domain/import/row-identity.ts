import { hash } from "node:crypto";

/**
 * Row identities of one file (INTERCHANGE.md: file, normalised values and occurrence number among
 * identical rows): `key(identity)` returns sha256 of `identity` + its occurrence number.
 *
 * To number occurrences without keeping the rows, it keeps 12 bytes of each first-occurrence key
 * in an open-addressing table of typed arrays (12 bytes per slot, 16–32 bytes per row: 25 MB for a
 * million rows, 200 MB for ten million; not the rows' text); only rows seen before get an entry
 * in a Map. The 96 bits make a false "seen before"
 * practically impossible (about 1 in 10^16 for ten million rows).
 */
export class RowIdentities {
  private table = new Uint32Array(3 * 1024);
  private capacity = 1024;
  private size = 0;
  private repeats = new Map<string, number>();

  key(identity: string): string {
    const first = hash("sha256", `${identity}\u001f1`, "hex");
    if (this.insert(first)) return first;
    const n = (this.repeats.get(first) ?? 1) + 1;
    this.repeats.set(first, n);
    return hash("sha256", `${identity}\u001f${n}`, "hex");
  }

  /** Adds the key's first 96 bits; false when they were there already. */
  private insert(hex: string): boolean {
    // The lowest bit is forced on, so an all-zero slot always means empty.
    const a = (hexWord(hex, 0) | 1) >>> 0;
    const b = hexWord(hex, 8);
    const c = hexWord(hex, 16);
    const mask = this.capacity - 1;
    let slot = (b ^ c) & mask;
    for (;;) {
      const i = slot * 3;
      const x = this.table[i];
      if (x === 0) break;
      if (x === a && this.table[i + 1] === b && this.table[i + 2] === c) return false;
      slot = (slot + 1) & mask;
    }
    const i = slot * 3;
    this.table[i] = a;
    this.table[i + 1] = b;
    this.table[i + 2] = c;
    // Linear probing stays short up to three quarters full.
    if (++this.size * 4 > this.capacity * 3) this.grow();
    return true;
  }

  private grow() {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Uint32Array(3 * this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < old.length; i += 3) {
      const a = old[i];
      if (a === 0) continue;
      let slot = (old[i + 1] ^ old[i + 2]) & mask;
      while (this.table[slot * 3] !== 0) slot = (slot + 1) & mask;
      this.table[slot * 3] = a;
      this.table[slot * 3 + 1] = old[i + 1];
      this.table[slot * 3 + 2] = old[i + 2];
    }
  }
}

/** The 32-bit number written by 8 hex digits (lower case) from `at`, without cutting the string. */
function hexWord(hex: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const c = hex.charCodeAt(i);
    n = n * 16 + (c <= 57 ? c - 48 : c - 87);
  }
  return n;
}
