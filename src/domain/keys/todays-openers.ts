import { todayInAmsterdam } from "../shared/dates";
import type { KeysRepository } from "./ports";

/** Today's shifts for the desk: times and first names only (the desk needs no more). */
export async function todaysOpeners(
  deps: { keys: KeysRepository; now: () => Date },
  roomId: string,
): Promise<{
  date: string;
  shifts: { opens: string; closes: string; opener: string | null; closer: string | null }[];
}> {
  const today = todayInAmsterdam(deps.now());
  const shifts = await deps.keys.listRota(roomId, today, today);
  return {
    date: today,
    shifts: shifts.map((s) => ({
      opens: s.opens,
      closes: s.closes,
      opener: s.openerName,
      closer: s.closerName,
    })),
  };
}
