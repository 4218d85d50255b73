/** The growth ladder (VOVOV, DOMAIN.md §2), lowest stage first. */
export const LADDER_STAGES = [
  "bezoeker",
  "deelnemer",
  "lid",
  "vrijwilliger",
  "sleutelvrijwilliger",
  "bestuursvrijwilliger",
  "meewerkend_vrijwilliger",
  "medewerker",
] as const;
export type LadderStage = (typeof LADDER_STAGES)[number];

export function isLadderStage(value: string): value is LadderStage {
  return (LADDER_STAGES as readonly string[]).includes(value);
}

/** Position on the ladder; higher is further up. */
export function stageRank(stage: LadderStage): number {
  return LADDER_STAGES.indexOf(stage);
}

/** Stages from which a person counts as a volunteer (for the key-holder flag and eligibility). */
export const VOLUNTEER_STAGES: readonly LadderStage[] = [
  "vrijwilliger",
  "sleutelvrijwilliger",
  "bestuursvrijwilliger",
  "meewerkend_vrijwilliger",
  "medewerker",
];

export interface StagePeriod {
  stage: LadderStage;
  roomId: string;
  from: string;
  to: string | null;
}

/** Whether two periods share a day (an open end runs forever; the last day counts). */
export function periodsOverlap(
  a: { from: string; to: string | null },
  b: { from: string; to: string | null },
): boolean {
  return a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31");
}

/** The highest stage open on `day` (in any room, or in `roomId`), or null. */
export function currentStage(
  stages: readonly StagePeriod[],
  day: string,
  roomId?: string,
): LadderStage | null {
  let best: LadderStage | null = null;
  for (const s of stages) {
    if (roomId && s.roomId !== roomId) continue;
    if (s.from > day || (s.to !== null && s.to < day)) continue;
    if (best === null || stageRank(s.stage) > stageRank(best)) best = s.stage;
  }
  return best;
}

export type StageProblem = "ends_before_start" | "overlaps_same_stage";

/**
 * Checks a new or changed stage against the person's other stages. Stages of different kinds may
 * run together (a volunteer is still a participant); the same stage in the same room may not
 * overlap itself, because the growth chart would count it twice.
 */
export function checkStage(candidate: StagePeriod, others: readonly StagePeriod[]): StageProblem | null {
  if (candidate.to !== null && candidate.to < candidate.from) return "ends_before_start";
  for (const o of others) {
    if (o.stage === candidate.stage && o.roomId === candidate.roomId && periodsOverlap(o, candidate)) {
      return "overlaps_same_stage";
    }
  }
  return null;
}

/**
 * What a registration at the desk does to the ladder: a person without a participant-or-higher
 * stage in the room becomes `deelnemer` from that day, and an open `bezoeker` stage ends the day
 * before (or that day when it started then).
 */
export function participationChanges(
  stages: readonly (StagePeriod & { id: number })[],
  roomId: string,
  day: string,
): { add: StagePeriod | null; end: { id: number; to: string }[] } {
  const inRoom = stages.filter((s) => s.roomId === roomId);
  const already = inRoom.some(
    (s) => stageRank(s.stage) >= stageRank("deelnemer") && (s.to === null || s.to >= day),
  );
  if (already) return { add: null, end: [] };
  const end = inRoom
    .filter((s) => s.stage === "bezoeker" && s.to === null && s.from <= day)
    .map((s) => ({ id: s.id, to: s.from < day ? previousDay(day) : day }));
  return { add: { stage: "deelnemer", roomId, from: day, to: null }, end };
}

function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
