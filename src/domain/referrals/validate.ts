import { type IsoDate, parseDate } from "../shared/dates";
import { isLifeDomain, type LifeDomain } from "./referral";
import { ReferralErrors } from "./referrals.errors";

export function checkDate(field: string, value: string): IsoDate {
  const d = parseDate(value);
  if (!d) throw ReferralErrors.BadDate({ field, value });
  return d;
}

export function checkNotFuture(field: string, value: IsoDate, today: IsoDate): IsoDate {
  if (value > today) throw ReferralErrors.DateInFuture({ field, value });
  return value;
}

export function checkDomains(domains: readonly string[]): LifeDomain[] {
  const out: LifeDomain[] = [];
  for (const d of domains) {
    if (!isLifeDomain(d)) throw ReferralErrors.UnknownLifeDomain({ domain: d });
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** Trims free text; empty becomes null. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const t = value?.trim() ?? "";
  if (t.length > max) throw ReferralErrors.TooLong({ field, max });
  return t === "" ? null : t;
}
