import type { DeskDeps } from "./deps";
import { DeskErrors } from "./desk.errors";

/**
 * After the growth nudge: the desk writes a phone number or the wish to become a member.
 * Write-only: the desk never reads contact details back.
 */
export async function addPersonDetails(
  deps: DeskDeps,
  input: { roomId: string; personId: number; phone?: string; wantsMembership?: boolean },
): Promise<{ ok: true }> {
  if (!(await deps.desk.personInRoom(input.roomId, input.personId))) throw DeskErrors.UnknownPerson();
  const phone = input.phone?.trim();
  await deps.desk.addPersonDetails(input.personId, {
    phone: phone ? phone.slice(0, 40) : undefined,
    wantsMembership: input.wantsMembership,
  });
  return { ok: true };
}
