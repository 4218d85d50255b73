import type { Block } from "../documents/model";
import { PlanningErrors } from "./planning.errors";

/** The learning plan and evaluation of a room for a year (seed 000 §3C, Ontwikkeling). */
export interface LearningPlan {
  roomId: string;
  year: number;
  learned: string;
  results: string;
  goals: string;
  trainings: string;
  partnerMeeting: string;
}

export interface LearningRepository {
  getLearning(roomId: string, year: number): Promise<LearningPlan | null>;
  listLearning(roomIds: string[], year: number): Promise<LearningPlan[]>;
  saveLearning(plan: LearningPlan): Promise<void>;
  /** Budget line D4 (training of staff and volunteers) of the room and year, null without one. */
  trainingBudget(roomId: string, year: number): Promise<number | null>;
}

const FIELDS = ["learned", "results", "goals", "trainings", "partnerMeeting"] as const;

export async function getLearningPlan(deps: { learning: LearningRepository }, roomId: string, year: number) {
  const plan = (await deps.learning.getLearning(roomId, year)) ?? {
    roomId,
    year,
    learned: "",
    results: "",
    goals: "",
    trainings: "",
    partnerMeeting: "",
  };
  return { plan, trainingBudget: await deps.learning.trainingBudget(roomId, year) };
}

export async function saveLearningPlan(deps: { learning: LearningRepository }, plan: LearningPlan) {
  if (!Number.isInteger(plan.year) || plan.year < 2000 || plan.year > 2100) {
    throw PlanningErrors.BadScenario({ reason: `jaar ${plan.year}` });
  }
  const clean = { ...plan };
  for (const f of FIELDS) clean[f] = (plan[f] ?? "").trim();
  await deps.learning.saveLearning(clean);
  return getLearningPlan(deps, plan.roomId, plan.year);
}

const HEADINGS: Record<(typeof FIELDS)[number], string> = {
  learned: "Wat hebben we geleerd",
  results: "Resultaten",
  goals: "Doelen voor volgend jaar",
  trainings: "Geplande trainingen voor vrijwilligers",
  partnerMeeting: "Jaarlijks overleg met partners",
};

const euro = (n: number) => `€ ${Math.round(n).toLocaleString("nl-NL")}`;

/**
 * The annual report's section "Ontwikkeling: leren en evalueren" — a section provider the
 * documents context calls for annual reports (see generate-document.ts). Rooms without a plan
 * are left out; no plan at all gives no section.
 */
export function learningSection(repo: Pick<LearningRepository, "listLearning" | "trainingBudget">) {
  return async (input: {
    kind: string;
    year: number;
    rooms: { id: string; name: string }[];
  }): Promise<Block[]> => {
    if (input.kind !== "annual") return [];
    const plans = await repo.listLearning(
      input.rooms.map((r) => r.id),
      input.year,
    );
    const filled = plans.filter((p) => FIELDS.some((f) => p[f].trim()));
    if (filled.length === 0) return [];
    const blocks: Block[] = [{ kind: "heading", level: 1, text: "Ontwikkeling: leren en evalueren" }];
    for (const room of input.rooms) {
      const p = filled.find((x) => x.roomId === room.id);
      if (!p) continue;
      blocks.push({ kind: "heading", level: 2, text: room.name });
      for (const f of FIELDS) {
        if (!p[f].trim()) continue;
        blocks.push({ kind: "heading", level: 3, text: HEADINGS[f] });
        blocks.push({ kind: "paragraph", text: p[f] });
        if (f === "trainings") {
          const d4 = await repo.trainingBudget(room.id, input.year);
          if (d4 !== null)
            blocks.push({
              kind: "paragraph",
              italic: true,
              text: `Begroot onder D4 (training) in ${input.year}: ${euro(d4)}.`,
            });
        }
      }
    }
    return blocks;
  };
}
