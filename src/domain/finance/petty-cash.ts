/**
 * The petty cash book (*handgeld*) of a room: each room gets at most € 250 a month (seed 000, the
 * cooperative's budget management), so a month that spends more gets a warning, not a refusal.
 */
export const PETTY_CASH_MONTHLY_LIMIT = 250;

/** The kinds of expense seed 000 lists for petty cash. */
export const PETTY_CASH_CATEGORIES = [
  "coffee_tea",
  "catering",
  "travel",
  "cleaning",
  "office",
  "materials",
  "other",
] as const;
export type PettyCashCategory = (typeof PETTY_CASH_CATEGORIES)[number];

export const PETTY_CASH_CATEGORY_NAMES: Record<PettyCashCategory, { nl: string; en: string }> = {
  coffee_tea: { nl: "Koffie en thee", en: "Coffee and tea" },
  catering: { nl: "Eten en catering", en: "Food and catering" },
  travel: { nl: "Reis- en parkeerkosten", en: "Travel and parking" },
  cleaning: { nl: "Schoonmaakmiddelen en toiletpapier", en: "Cleaning supplies" },
  office: { nl: "Kantoorartikelen", en: "Office supplies" },
  materials: { nl: "Materiaal voor activiteiten", en: "Activity materials" },
  other: { nl: "Overig", en: "Other" },
};

export function isPettyCashCategory(value: string): value is PettyCashCategory {
  return (PETTY_CASH_CATEGORIES as readonly string[]).includes(value);
}

export interface PettyCashEntry {
  date: string;
  amount: number;
  category: PettyCashCategory;
  receipt: boolean;
}

export interface PettyCashMonth {
  /** `yyyy-mm` */
  month: string;
  total: number;
  entries: number;
  withoutReceipt: number;
  overLimit: boolean;
}

/** Totals per month, in month order, each flagged when it goes over the € 250 limit. */
export function pettyCashMonths(entries: PettyCashEntry[]): PettyCashMonth[] {
  const months = new Map<string, { cents: number; n: number; noReceipt: number }>();
  for (const e of entries) {
    const key = e.date.slice(0, 7);
    const m = months.get(key) ?? { cents: 0, n: 0, noReceipt: 0 };
    m.cents += Math.round(e.amount * 100);
    m.n++;
    if (!e.receipt) m.noReceipt++;
    months.set(key, m);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      total: m.cents / 100,
      entries: m.n,
      withoutReceipt: m.noReceipt,
      overLimit: m.cents > PETTY_CASH_MONTHLY_LIMIT * 100,
    }));
}
