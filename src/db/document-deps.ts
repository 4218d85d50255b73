import type { DocumentDeps } from "../domain/documents/ports";
import { learningSection } from "../domain/planning/learning-plan";
import type { Queryable } from "./database";
import { documentsRepository } from "./documents.repository";
import { financeRepository } from "./finance.repository";
import { indicatorsRepository } from "./indicators.repository";
import { learningRepository } from "./planning.repository";

/** Everything a document is made from, the same for the API and the CLI (learning plans included). */
export function documentDeps(db: Queryable, now: () => Date): DocumentDeps {
  return {
    documents: documentsRepository(db),
    indicators: indicatorsRepository(db),
    finance: financeRepository(db),
    now,
    sections: [learningSection(learningRepository(db))],
  };
}
