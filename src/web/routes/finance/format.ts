/** Amounts as the seeds print them: € 125.568 (cents only when there are any). */
export function euro(amount: number | null | undefined, locale: "nl" | "en" = "nl"): string {
  if (amount === null || amount === undefined) return "–";
  const whole = Number.isInteger(amount);
  return `€ ${amount.toLocaleString(locale === "en" ? "en-GB" : "nl-NL", {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
}

/** Whole percent, as the documents round (0.379 → 38%). */
export function pct(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? "–" : `${Math.round(fraction * 100)}%`;
}

export function hours(n: number | null | undefined, locale: "nl" | "en" = "nl"): string {
  return n === null || n === undefined ? "–" : n.toLocaleString(locale === "en" ? "en-GB" : "nl-NL");
}

/**
 * Reads an amount as people type it (INTERCHANGE's rule): a comma or point followed by one or two
 * final digits is the decimal separator, any other point, comma or space groups thousands, so
 * "35.460" is 35460 and "12,50" is 12.5. NaN when it is no number.
 */
export function parseAmount(text: string): number {
  const s = text.trim().replace(/^€\s*/, "");
  const m = /^(-?)([\d.,\s]*?)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m || !/\d/.test(s)) return Number.NaN;
  const whole = m[2].replace(/[.,\s]/g, "");
  if (!/^\d*$/.test(whole)) return Number.NaN;
  return Number(`${m[1]}${whole || "0"}.${m[3] ?? "0"}`);
}

/** Hours and rates: `.` or `,` as decimal separator, no grouping. */
export function parseDecimal(text: string): number {
  const s = text.trim().replace(",", ".");
  return s === "" ? Number.NaN : Number(s);
}
