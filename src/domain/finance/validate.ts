import { parseDate } from "../shared/dates";
import { normaliseCode } from "./categories";
import { FinanceErrors } from "./finance.errors";

/** Years the cooperative budgets for; anything else is a typing slip. */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw FinanceErrors.InvalidYear({ year: String(year) });
  return year;
}

export function checkCode(code: string): string {
  const c = normaliseCode(code);
  if (!c) throw FinanceErrors.UnknownCategory({ code });
  return c;
}

/** An amount in euros with at most cents; negative only when it is an explicit correction. */
export function checkAmount(amount: number, what: string, correction = false): number {
  if (!Number.isFinite(amount)) throw FinanceErrors.InvalidAmount({ what });
  if (amount < 0 && !correction) throw FinanceErrors.NegativeAmount({ what, amount: String(amount) });
  return Math.round(amount * 100) / 100;
}

export function checkDate(date: string): string {
  const d = parseDate(date);
  if (!d) throw FinanceErrors.InvalidDate({ date });
  return d;
}

export function checkHours(hours: number, field: string): number {
  if (!Number.isFinite(hours) || hours < 0) throw FinanceErrors.InvalidHours({ field });
  return hours;
}
