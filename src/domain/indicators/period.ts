import { type IsoDate, parseDate } from "../shared/dates";
import { IndicatorErrors } from "./indicators.errors";

/**
 * The period of a report: a calendar year, narrowed by `from`/`to` when given; without a year
 * both dates are needed. Dates take yyyy-mm-dd or dd-mm-yyyy.
 */
export function resolvePeriod(input: { year?: string | number; from?: string; to?: string }): {
  from: IsoDate;
  to: IsoDate;
} {
  let year: number | null = null;
  if (input.year !== undefined && input.year !== "") {
    year = Number(input.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw IndicatorErrors.BadPeriod({ reason: `'${input.year}' is geen jaartal` });
    }
  }
  const date = (name: "from" | "to", fallback: string | null): IsoDate => {
    const text = input[name];
    if (text === undefined || text === "") {
      if (fallback === null) throw IndicatorErrors.BadPeriod({ reason: `geef een jaar, of '${name}'` });
      return fallback;
    }
    const d = parseDate(text);
    if (!d) throw IndicatorErrors.BadPeriod({ reason: `'${text}' is geen datum` });
    return d;
  };
  const from = date("from", year === null ? null : `${year}-01-01`);
  const to = date("to", year === null ? null : `${year}-12-31`);
  if (from > to) throw IndicatorErrors.BadPeriod({ reason: "het begin ligt na het einde" });
  return { from, to };
}
