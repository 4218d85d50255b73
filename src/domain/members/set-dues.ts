import { CommonErrors } from "../shared/errors";
import type { MembersRepository } from "./ports";

/** The association's yearly dues (seed 000 §3E: "in beginsel €1 per jaar"). */
export async function setDues(
  deps: { members: MembersRepository },
  roomId: string,
  amount: number,
): Promise<void> {
  if (!(amount >= 0 && amount < 1000))
    throw CommonErrors.Invalid({ field: "amount", reason: "een bedrag tussen 0 en 1000 euro" });
  await deps.members.setDues(roomId, amount);
}
