import { addDays, todayInAmsterdam } from "../shared/dates";
import type { KeyHolderNow, KeyIssue, KeysRepository } from "./ports";

/** Six months without volunteer hours and no open volunteer stage: the key holder has stopped. */
export const STOPPED_AFTER_DAYS = 183;

/** The room's key register: every issue, who holds a key today, and who should be asked to return one. */
export async function getKeyRegister(
  deps: { keys: KeysRepository; now: () => Date },
  roomId: string,
): Promise<{ issues: KeyIssue[]; holders: KeyHolderNow[] }> {
  const today = todayInAmsterdam(deps.now());
  const [issues, holders] = await Promise.all([
    deps.keys.listKeys(roomId),
    deps.keys.holdersOn(roomId, today, addDays(today, -STOPPED_AFTER_DAYS)),
  ]);
  return { issues, holders };
}
