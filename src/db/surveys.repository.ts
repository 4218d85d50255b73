import type { ImpactRow, SurveysRepository } from "../domain/surveys/ports";
import type { Queryable } from "./database";

export function surveysRepository(db: Queryable): SurveysRepository {
  return {
    async roomExists(roomId) {
      return (await db.query("SELECT 1 FROM rooms WHERE id = $1", [roomId])).length > 0;
    },
    async addAnswers(rows) {
      // One multi-row INSERT: a batch of questionnaires is stored whole or not at all.
      if (rows.length === 0) return 0;
      const params: unknown[] = [];
      const values = rows.map((r, i) => {
        params.push(r.roomId, r.date, r.survey, r.question, r.answer);
        const b = i * 5;
        return `($${b + 1}, $${b + 2}::date, $${b + 3}, $${b + 4}, $${b + 5})`;
      });
      await db.query(
        `INSERT INTO survey_answers (room_id, date, survey, question, answer) VALUES ${values.join(", ")}`,
        params,
      );
      return rows.length;
    },
    async addImpact(r) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO impacts (room_id, date, kind, value, note) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        [r.roomId, r.date, r.kind, r.value, r.note],
      );
      return row.id;
    },
    listImpacts(roomId, from, to) {
      return db.query<ImpactRow>(
        `SELECT id, room_id AS "roomId", date, kind, value, note FROM impacts
         WHERE room_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date, id`,
        [roomId, from, to],
      );
    },
  };
}
