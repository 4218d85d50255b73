import { type Actor, canSeeRoom } from "../auth/roles";
import { CommonErrors } from "../shared/errors";
import { IMPACT_KINDS, type ImpactKind, type ImpactRow, type SurveysRepository } from "./ports";
import { checkSurveyDate } from "./record-survey-answers";
import { SurveyErrors } from "./surveys.errors";

const NOTE_MAX = 2000;

/** Checks one impact figure from an interview (INTERCHANGE impacts.csv). */
export function checkImpact(input: {
  roomId: string;
  date: string;
  kind: string;
  value: unknown;
  note?: string | null;
  now: Date;
}): ImpactRow {
  const date = checkSurveyDate(input.date, input.now);
  if (!(IMPACT_KINDS as readonly string[]).includes(input.kind)) {
    throw SurveyErrors.BadImpact({
      field: "kind",
      reason: `'${input.kind}' is geen soort; kies ${IMPACT_KINDS.join(", ")}`,
      reasonEn: `'${input.kind}' is not a kind; choose ${IMPACT_KINDS.join(", ")}`,
    });
  }
  const kind = input.kind as ImpactKind;
  const raw = input.value;
  const value =
    typeof raw === "number"
      ? raw
      : typeof raw === "string" && raw.trim() !== ""
        ? Number(raw.trim().replace(",", "."))
        : NaN;
  if (!Number.isFinite(value) || value < 0) {
    throw SurveyErrors.BadImpact({
      field: "value",
      reason: `'${String(raw)}' is geen getal van 0 of meer`,
      reasonEn: `'${String(raw)}' is not a number of 0 or more`,
    });
  }
  if (kind === "evictions" && !Number.isInteger(value)) {
    throw SurveyErrors.BadImpact({
      field: "value",
      reason: "het aantal huisuitzettingen is een heel getal",
      reasonEn: "the number of evictions is a whole number",
    });
  }
  if (kind !== "evictions" && value > 100) {
    throw SurveyErrors.BadImpact({
      field: "value",
      reason: "een percentage ligt tussen 0 en 100",
      reasonEn: "a percentage lies between 0 and 100",
    });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX) {
    throw SurveyErrors.BadImpact({
      field: "note",
      reason: `de notitie is langer dan ${NOTE_MAX} tekens`,
      reasonEn: `the note is longer than ${NOTE_MAX} characters`,
    });
  }
  return { roomId: input.roomId, date, kind, value, note };
}

/** A coordinator records what an impact interview found (fewer evictions, less nuisance, …). */
export async function recordImpact(
  deps: { surveys: SurveysRepository; now: () => Date },
  actor: Actor,
  input: { roomId: string; date: string; kind: string; value: unknown; note?: string | null },
): Promise<{ id: number }> {
  if (actor.role !== "coordinator" && actor.role !== "cooperative") throw CommonErrors.Forbidden();
  if (!canSeeRoom(actor, input.roomId)) throw CommonErrors.NotFound();
  const row = checkImpact({ ...input, now: deps.now() });
  if (!(await deps.surveys.roomExists(input.roomId))) throw SurveyErrors.UnknownRoom({ room: input.roomId });
  return { id: await deps.surveys.addImpact(row) };
}
