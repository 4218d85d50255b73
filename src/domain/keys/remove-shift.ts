import { KeyErrors } from "./keys.errors";
import type { KeysRepository } from "./ports";

export async function removeShift(
  deps: { keys: KeysRepository },
  roomId: string,
  shiftId: number,
): Promise<void> {
  const s = await deps.keys.getShift(shiftId);
  if (!s || s.roomId !== roomId) throw KeyErrors.UnknownShift();
  await deps.keys.deleteShift(shiftId);
}
