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
