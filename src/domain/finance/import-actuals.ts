import { createHash } from "node:crypto";
import { parseCsv } from "../import/csv";
import { parseAmountCell, parseBoolCell, parseDateCell } from "../import/values";
import { normaliseCode } from "./categories";
import { FinanceErrors } from "./finance.errors";
import type { Actual, FinanceDeps } from "./ports";

export interface RejectedActual {
  line: number;
  field: string;
  reason: string;
}

/**
 * Imports actual spending of a room from the bookkeeping as CSV (`date, code, amount`, optional
 * `description`, `correction`; Dutch or English number and date formats as in INTERCHANGE.md).
 * All or nothing: any broken row is reported with its line and field and nothing is stored.
 * Importing the same file again adds nothing (a row's identity is its values and occurrence).
 */
export async function importActuals(
  deps: FinanceDeps,
  input: { roomId: string; csv: string },
  createdBy: number | null,
): Promise<{ imported: number; unchanged: number; rejected: RejectedActual[] }> {
  if ((await deps.finance.existingRooms([input.roomId])).length === 0) {
    throw FinanceErrors.UnknownRoom({ room: input.roomId });
  }
  const [header, ...records] = parseCsv(input.csv);
  const cols = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const rejected: RejectedActual[] = [];
  for (const required of ["date", "code", "amount"]) {
    if (!cols.includes(required)) rejected.push({ line: 1, field: required, reason: "deze kolom ontbreekt" });
  }
  if (rejected.length) return { imported: 0, unchanged: 0, rejected };

  const rows: { actual: Omit<Actual, "id">; key: string }[] = [];
  const seen = new Map<string, number>();
  for (const rec of records) {
    const cell = (name: string) => rec.cells[cols.indexOf(name)] ?? "";
    if (rec.cells.every((c) => c.trim() === "")) continue;
    const reject = (field: string, reason: string) => rejected.push({ line: rec.line, field, reason });
    const date = parseDateCell(cell("date"));
    const code = normaliseCode(cell("code"));
    const amount = parseAmountCell(cell("amount"));
    const correction =
      cell("correction").trim() === ""
        ? { ok: true as const, value: false }
        : parseBoolCell(cell("correction"));
    if (!date.ok) reject("date", date.reason);
    if (!code) reject("code", `'${cell("code")}' is geen begrotingscode (A1 … E9)`);
    if (!amount.ok) reject("amount", amount.reason);
    if (!correction.ok) reject("correction", correction.reason);
    if (!date.ok || !code || !amount.ok || !correction.ok) continue;
    if (amount.value < 0 && !correction.value) {
      reject("amount", "een negatief bedrag mag alleen als correctie (correction = ja)");
      continue;
    }
    const actual = {
      roomId: input.roomId,
      date: date.value,
      code,
      amount: amount.value,
      description: cell("description").trim() || null,
      correction: correction.value,
    };
    const identity = JSON.stringify([
      actual.roomId,
      actual.date,
      code,
      actual.amount,
      actual.description,
      actual.correction,
    ]);
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    rows.push({ actual, key: `actuals:${createHash("sha256").update(`${identity}#${n}`).digest("hex")}` });
  }
  if (rejected.length) return { imported: 0, unchanged: 0, rejected };
  let imported = 0;
  for (const r of rows)
    if ((await deps.finance.insertActual(r.actual, createdBy, r.key)) !== null) imported++;
  return { imported, unchanged: rows.length - imported, rejected };
}
