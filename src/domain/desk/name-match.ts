/**
 * Matching first names at the desk (issue 16): before a new visitor is created, the desk shows
 * the persons of this room whose first name is the same after folding case and accents, or is
 * one letter away ("Aysel" / "Ayşe"). Pure; the room is decided by the caller (DOMAIN §10).
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ı: "i",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ł: "l",
  þ: "th",
};

/** Lower case, without accents or marks, single spaces: "  AYŞE " → "ayse", "Zoë" → "zoe". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ıøßæœđłþ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when a and b differ by at most one letter added, left out or changed. */
export function withinOneLetter(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // Same length: one letter changed; otherwise one letter added to the shorter.
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/** Below this many letters only an exact (folded) match counts: "Al" and "Ali" are not alike. */
const FUZZY_FROM_LETTERS = 4;

export type NameMatch = "same" | "one_letter" | null;

/** How two first names match: the same after folding, one letter apart, or not at all. */
export function matchFirstName(typed: string, known: string): NameMatch {
  const a = foldName(typed);
  const b = foldName(known);
  if (!a || !b) return null;
  if (a === b) return "same";
  if (
    Math.min(a.length, b.length) >= FUZZY_FROM_LETTERS - 1 &&
    Math.max(a.length, b.length) >= FUZZY_FROM_LETTERS
  )
    return withinOneLetter(a, b) ? "one_letter" : null;
  return null;
}

/** The streets are the same after folding ("Holendrechterweg" and "holendrechterweg "). */
export function sameStreet(a: string | null | undefined, b: string | null | undefined): boolean {
  const fa = foldName(a ?? "");
  return fa !== "" && fa === foldName(b ?? "");
}

/**
 * The candidates whose first name matches the typed one, exact matches first, then those on
 * the same street, then by name. Candidates must already be the persons of this room.
 */
export function matchingPeople<P extends { firstName: string | null; street: string | null }>(
  typedFirstName: string,
  typedStreet: string | null,
  candidates: readonly P[],
): (P & { match: Exclude<NameMatch, null> })[] {
  const found: (P & { match: Exclude<NameMatch, null> })[] = [];
  for (const c of candidates) {
    const match = c.firstName ? matchFirstName(typedFirstName, c.firstName) : null;
    if (match) found.push({ ...c, match });
  }
  const rank = (p: P & { match: string }) => [
    p.match === "same" ? 0 : 1,
    sameStreet(typedStreet, p.street) ? 0 : 1,
  ];
  return found.sort((x, y) => {
    const [a, b] = [rank(x), rank(y)];
    return (
      a[0] - b[0] || a[1] - b[1] || foldName(x.firstName ?? "").localeCompare(foldName(y.firstName ?? ""))
    );
  });
}
