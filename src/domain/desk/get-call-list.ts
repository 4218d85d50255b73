import { addDays, todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";
import type { CallListRow } from "./ports";
import { onCallList, REGULAR_MIN_VISIT_DAYS } from "./rules";

/** The call round (belronde): regulars not seen for three weeks, for the coordinator to call. */
export async function getCallList(deps: DeskDeps, input: { roomId: string }): Promise<CallListRow[]> {
  const today = todayInAmsterdam(deps.now());
  const rows = await deps.desk.callCandidates(
    input.roomId,
    addDays(today, -365),
    today,
    REGULAR_MIN_VISIT_DAYS,
  );
  return rows
    .filter((r) => onCallList(r, today))
    .sort((a, b) => a.lastVisit.localeCompare(b.lastVisit) || b.visitDays - a.visitDays);
}
