/**
 * The neighbourhood scan of seed 000 §2A: classification of a buurt or wijk by its share of benefit
 * recipients and of low-educated residents, and the estimated number of vulnerable residents.
 */

export type AreaKind = "buurt" | "wijk" | "gemeente";
export type ScanClass = "thuisbuurt" | "zoekbuurt" | "werkbuurt" | "probuurt";
export const SCAN_CLASSES: ScanClass[] = ["thuisbuurt", "zoekbuurt", "werkbuurt", "probuurt"];

/** One row of the CBS table as the scan keeps it; null where CBS publishes no figure ("."). */
export interface ScanArea {
  code: string;
  name: string;
  kind: AreaKind;
  municipality: string;
  inhabitants: number | null;
  age65plus: number | null;
  bijstand: number | null;
  ww: number | null;
  ao: number | null;
  aow: number | null;
  eduLow: number | null;
  eduMiddle: number | null;
  eduHigh: number | null;
}

export interface ScanFigures {
  /** (bijstand + WW + AO) ÷ inhabitants; null when a figure is missing. */
  benefitShare: number | null;
  /** low ÷ (low + middle + high), ages 15–74 (DOMAIN §9). */
  lowEducatedShare: number | null;
  /** bijstand + WW + AO + AOW: the groups seed 000 §2A counts as vulnerable. */
  vulnerable: number | null;
  /** null when a share is missing: a class is not guessed. */
  scanClass: ScanClass | null;
}

const sum = (xs: (number | null)[]): number | null =>
  xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);

/** thuisbuurt ≥ 20% benefits and ≥ 30% low-educated; zoekbuurt ≥ 20% and ≥ 15%; werkbuurt ≥ 15% low-educated. */
export function classify(benefitShare: number, lowEducatedShare: number): ScanClass {
  // A tiny tolerance so 0.2 computed as 0.19999… still counts as 20%.
  const atLeast = (share: number, min: number) => share + 1e-9 >= min;
  if (atLeast(benefitShare, 0.2) && atLeast(lowEducatedShare, 0.3)) return "thuisbuurt";
  if (atLeast(benefitShare, 0.2) && atLeast(lowEducatedShare, 0.15)) return "zoekbuurt";
  if (atLeast(lowEducatedShare, 0.15)) return "werkbuurt";
  return "probuurt";
}

export function scanFigures(a: ScanArea): ScanFigures {
  const benefits = sum([a.bijstand, a.ww, a.ao]);
  const benefitShare = benefits !== null && a.inhabitants ? benefits / a.inhabitants : null;
  const edu = sum([a.eduLow, a.eduMiddle, a.eduHigh]);
  const lowEducatedShare = edu && a.eduLow !== null ? a.eduLow / edu : null;
  // Missing AOW is common in tiny buurten; the estimate then is unknown rather than too low.
  const vulnerable = sum([a.bijstand, a.ww, a.ao, a.aow]);
  const scanClass =
    benefitShare !== null && lowEducatedShare !== null ? classify(benefitShare, lowEducatedShare) : null;
  return { benefitShare, lowEducatedShare, vulnerable, scanClass };
}

/** A room suits a thuisbuurt with at least this many vulnerable residents within 1.5 km. */
export const MIN_VULNERABLE = 1500;
export const RADIUS_KM = 1.5;
