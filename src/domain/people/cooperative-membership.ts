import { currentStage, type StagePeriod } from "./ladder";

/** Seed 000 §2B: "Leden: > 100 uur > 6 maanden, of bestuurslid of medewerker". */
export const COOPERATIVE_HOURS_THRESHOLD = 100;
export const COOPERATIVE_WINDOW_MONTHS = 6;

export interface CooperativeEligibility {
  eligible: boolean;
  /** Which rule makes the person eligible, if any. */
  reason: "hours" | "board" | "employee" | null;
  hoursInWindow: number;
  windowFrom: string;
  windowTo: string;
}

/** The six calendar months ending `today` over which the hours rule is judged. */
export function cooperativeWindow(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - COOPERATIVE_WINDOW_MONTHS);
  return { from: d.toISOString().slice(0, 10), to: today };
}

/**
 * Whether a person may become a member of the cooperative. We read "> 100 uur > 6 maanden" as more
 * than 100 approved hours in the last six months (volunteer and unpaid staff hours alike), because
 * the issue text says "more than 100 hours in 6 months".
 */
export function cooperativeEligibility(
  stages: readonly StagePeriod[],
  hoursInWindow: number,
  today: string,
): CooperativeEligibility {
  const { from, to } = cooperativeWindow(today);
  const open = (stage: string) => stages.some((s) => s.stage === stage && currentStage([s], today) !== null);
  const reason =
    hoursInWindow > COOPERATIVE_HOURS_THRESHOLD
      ? "hours"
      : open("bestuursvrijwilliger")
        ? "board"
        : open("medewerker")
          ? "employee"
          : null;
  return { eligible: reason !== null, reason, hoursInWindow, windowFrom: from, windowTo: to };
}
