import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FunderType } from "../../src/domain/finance/categories";
import type { FinanceInput } from "../../src/domain/finance/compute-finance";
import { parseCsv } from "../../src/domain/import/csv";

export const FIXTURES = join(import.meta.dirname, "../fixtures/finance");

/** Reads a fixture CSV of this folder as records keyed by column name (with the import's CSV reader). */
export function readCsv(dir: string, file: string): Record<string, string>[] {
  const [head, ...body] = parseCsv(readFileSync(join(FIXTURES, dir, file), "utf8"));
  return body.map((r) => Object.fromEntries(head.cells.map((h, i) => [h, r.cells[i] ?? ""])));
}

/** The pure input of computeFinance for some rooms of a fixture bundle, straight from its CSVs. */
export function fixtureInput(dir: string, rooms: string[], year: number): FinanceInput {
  const inRooms = (r: Record<string, string>) => rooms.includes(r.room) && Number(r.year ?? year) === year;
  const rate = readCsv(dir, "rates.csv").find((r) => Number(r.year) === year)!;
  const hours = readCsv(dir, "hours.csv").filter(
    (r) => rooms.includes(r.room) && r.date.startsWith(`${year}-`),
  );
  const sum = (kind: string) =>
    hours.filter((h) => (h.kind || "volunteer") === kind).reduce((s, h) => s + Number(h.hours), 0);
  return {
    rooms,
    year,
    lines: readCsv(dir, "budget.csv")
      .filter(inRooms)
      .map((r) => ({
        roomId: r.room,
        code: r.code,
        amount: Number(r.amount),
        indirect: r.indirect === "yes",
      })),
    contributions: readCsv(dir, "financing.csv")
      .filter(inRooms)
      .map((r) => ({ roomId: r.room, funderType: r.funder_type as FunderType, amount: Number(r.amount) })),
    hours: { volunteer: sum("volunteer"), staffUnpaid: sum("staff_unpaid") },
    plans: readCsv(dir, "plan.csv")
      .filter(inRooms)
      .map((r) => ({
        roomId: r.room,
        volunteerHours: Number(r.volunteer_hours),
        staffUnpaidHours: Number(r.staff_unpaid_hours),
      })),
    rates: { volunteerHourly: Number(rate.volunteer_hourly), staffHourly: Number(rate.staff_hourly) },
  };
}
