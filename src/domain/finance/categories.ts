/**
 * The five budget categories of DOMAIN.md §6. Codes are a category letter and a number (`A1`…`E2`);
 * the lines inside a category vary per budget, the letters never do.
 */
export const CATEGORIES = ["A", "B", "C", "D", "E"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<Category, { nl: string; en: string }> = {
  A: { nl: "Inzet mensen", en: "People" },
  B: { nl: "Inzet mensen met een 'social return'", en: "People with social return" },
  C: { nl: "Huisvestingskosten", en: "Housing" },
  D: { nl: "Locatiekosten", en: "Location" },
  E: { nl: "Verenigingskosten", en: "Association" },
};

const CODE = /^([A-E])([0-9]{1,2})$/;

/** The category of a budget code, or null when the code is not a category letter and a number. */
export function categoryOf(code: string): Category | null {
  const m = CODE.exec(code.trim().toUpperCase());
  return m ? (m[1] as Category) : null;
}

/** Normalises `a1`, ` A1 ` to `A1`; null for an unknown code. */
export function normaliseCode(code: string): string | null {
  const c = code.trim().toUpperCase();
  return CODE.test(c) ? c : null;
}

/**
 * Overhead lines by default: A3 (brokering, employer, administration, accounting) and every E line,
 * as the seeds compute overhead = (A3 + E) / total.
 */
export function defaultIndirect(code: string): boolean {
  const c = normaliseCode(code);
  return c === "A3" || c?.startsWith("E") === true;
}

export const FUNDER_TYPES = [
  "municipality",
  "benefit_agency",
  "housing_corporation",
  "health_insurer",
  "private_fund",
  "local_sponsor",
  "own_income",
] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

export const FUNDER_TYPE_NAMES: Record<FunderType, { nl: string; en: string }> = {
  municipality: { nl: "Gemeente", en: "Municipality" },
  benefit_agency: { nl: "Uitkeringsinstantie", en: "Benefit agency" },
  housing_corporation: { nl: "Woningcorporatie", en: "Housing corporation" },
  health_insurer: { nl: "Zorgverzekeraar", en: "Health insurer" },
  private_fund: { nl: "Particulier fonds", en: "Private fund" },
  local_sponsor: { nl: "Lokaal fonds of sponsor", en: "Local fund or sponsor" },
  own_income: { nl: "Eigen inkomsten", en: "Own income" },
};

export function isFunderType(value: string): value is FunderType {
  return (FUNDER_TYPES as readonly string[]).includes(value);
}

/** A contribution moves requested → granted → received; only granted and received money counts. */
export const CONTRIBUTION_STATUSES = ["requested", "granted", "received"] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** Euros as whole cents, so that sums of many lines never drift (0.1 + 0.2). */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}
