import { CommonErrors } from "../shared/errors";
import { isFunderType } from "./categories";
import { FinanceErrors } from "./finance.errors";
import type { FinanceDeps, Funder } from "./ports";

/** Adds a funder to the register or changes one; names are unique. */
export async function saveFunder(
  deps: FinanceDeps,
  input: { id?: number; name: string; type: string; contact?: string | null },
): Promise<Funder> {
  const name = input.name.trim();
  if (!name) throw CommonErrors.Invalid({ field: "name", reason: "vul de naam van de financier in" });
  if (!isFunderType(input.type)) throw FinanceErrors.UnknownFunderType({ type: input.type });
  const same = await deps.finance.findFunderByName(name);
  if (same && same.id !== input.id) throw FinanceErrors.DuplicateFunder({ name });
  const funder = { name, type: input.type, contact: input.contact?.trim() || null };
  if (input.id === undefined) return { id: await deps.finance.insertFunder(funder), ...funder };
  if (!(await deps.finance.getFunder(input.id))) throw FinanceErrors.UnknownFunder();
  await deps.finance.updateFunder({ id: input.id, ...funder });
  return { id: input.id, ...funder };
}
