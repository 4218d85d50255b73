import { PLAUSIBLE_HOURS } from "../desk/rules";
import type { Bundle } from "./bundle";
import { parseNumberCell } from "./values";

export interface LongHoursRow {
  file: string;
  line: number;
  hours: number;
}

/**
 * The hours.csv rows with more hours than a plausible day (issue 16): the import screen asks
 * before storing them, as the desk does. They stay valid rows (INTERCHANGE allows up to 24).
 */
export function longHoursRows(bundle: Bundle): LongHoursRow[] {
  const file = bundle.hours;
  if (!file) return [];
  const found: LongHoursRow[] = [];
  for (const row of file.rows) {
    const parsed = parseNumberCell(row.values.hours);
    if (parsed.ok && parsed.value > PLAUSIBLE_HOURS.day && parsed.value <= 24)
      found.push({ file: file.source, line: row.line, hours: parsed.value });
  }
  return found;
}
