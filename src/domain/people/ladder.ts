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

/**
 * Whether a kept stage follows from the facts (DOMAIN §10: registration, visits, memberships,
 * approved hours, keys, board seats, allowances, perspective jobs, contracts) or holds a stage
 * entered by hand. The derivation itself is one SQL function, `ladder_refresh` (migration
 * 202612041930, decision 092), run by the database for every writer.
 */
export type StageOrigin = "derived" | "entered";

/** What sets each stage when it is derived (DOMAIN §10), for the screens. */
export const STAGE_FACTS: Record<LadderStage, string> = {
  bezoeker: "registration",
  deelnemer: "visit",
  lid: "membership",
  vrijwilliger: "hours",
  sleutelvrijwilliger: "key",
  bestuursvrijwilliger: "board_seat",
  meewerkend_vrijwilliger: "allowance",
  medewerker: "job",
};

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
 * Checks a new or changed entered stage against the person's other entries. Stages of different
 * kinds may run together (a volunteer is still a participant); an entry may not overlap another
 * entry of the same stage in the same room. (An entry that overlaps a derived stage is kept once
 * with it, from the earlier start: the database merges them.)
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
