import type { IsoDate } from "../shared/dates";

export const SURVEYS = ["participants", "team", "partners"] as const;
export type Survey = (typeof SURVEYS)[number];

export const IMPACT_KINDS = ["benefit_care_costs_pct", "evictions", "nuisance_pct"] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

/** One stored answer: participants' answers are "yes"/"no", scores a number 1–10 as text. */
export interface SurveyAnswerRow {
  roomId: string;
  date: IsoDate;
  survey: Survey;
  question: string;
  answer: string;
}

export interface ImpactRow {
  id?: number;
  roomId: string;
  date: IsoDate;
  kind: ImpactKind;
  value: number;
  note: string | null;
}

/** What the survey use cases need from storage (src/db/surveys.repository.ts). */
export interface SurveysRepository {
  roomExists(roomId: string): Promise<boolean>;
  /** Stores the answers in one transaction; returns how many. */
  addAnswers(rows: readonly SurveyAnswerRow[]): Promise<number>;
  addImpact(row: ImpactRow): Promise<number>;
  listImpacts(roomId: string, from: IsoDate, to: IsoDate): Promise<ImpactRow[]>;
}
