import type { DocumentKind, DocumentModel } from "../domain/documents/model";
import type { DocumentsRepository, FinalReport } from "../domain/documents/ports";
import type { Queryable } from "./database";

interface FinalRow {
  id: number;
  kind: DocumentKind;
  rooms: string[];
  year: number;
  quarter: number | null;
  model: DocumentModel;
  figures: Record<string, number | string>;
  hashes: Record<string, string>;
  finalised_at: string | Date;
  finalised_by: number | null;
}

const toFinal = (r: FinalRow): FinalReport => ({
  id: Number(r.id),
  kind: r.kind,
  rooms: r.rooms,
  year: r.year,
  quarter: r.quarter,
  model: r.model,
  figures: r.figures,
  hashes: r.hashes,
  finalisedAt: r.finalised_at instanceof Date ? r.finalised_at.toISOString() : String(r.finalised_at),
  finalisedBy: r.finalised_by,
});

const FINAL_COLS = "id, kind, rooms, year, quarter, model, figures, hashes, finalised_at, finalised_by";

export function documentsRepository(db: Queryable): DocumentsRepository {
  return {
    rooms(ids) {
      return db.query(
        "SELECT id, name, city, association FROM rooms WHERE id = ANY($1::text[]) ORDER BY id",
        [ids],
      );
    },
    async getSetting(key) {
      const rows = await db.query<{ value: unknown }>("SELECT value FROM settings WHERE key = $1", [key]);
      return rows[0]?.value ?? null;
    },
    async setSetting(key, value) {
      await db.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [key, JSON.stringify(value)],
      );
    },
    stories(rooms, year, quarter) {
      return db.query(
        `SELECT room_id AS "roomId", text FROM document_stories
         WHERE room_id = ANY($1::text[]) AND year = $2 AND quarter = $3`,
        [rooms, year, quarter],
      );
    },
    async saveStory(s) {
      await db.query(
        `INSERT INTO document_stories (room_id, year, quarter, text, updated_by) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (room_id, year, quarter) DO UPDATE SET text = EXCLUDED.text,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [s.roomId, s.year, s.quarter, s.text, s.userId],
      );
    },
    hoursByRoom(rooms, from, to) {
      // Approved hours only, as the finance report and the indicators count them.
      return db.query(
        `SELECT room_id AS "roomId",
           COALESCE(sum(hours) FILTER (WHERE kind = 'volunteer'), 0)::float8 AS volunteer,
           COALESCE(sum(hours) FILTER (WHERE kind = 'staff_unpaid'), 0)::float8 AS "staffUnpaid"
         FROM hours WHERE room_id = ANY($1::text[]) AND date BETWEEN $2 AND $3 AND status = 'approved'
         GROUP BY room_id`,
        [rooms, from, to],
      );
    },
    participantsBy(attribute, rooms, from, to) {
      // Counts only, never names; an erased person keeps no attribute.
      const value =
        attribute === "landlord"
          ? "CASE WHEN p.erased_at IS NULL THEN NULLIF(trim(p.landlord), '') END"
          : "CASE WHEN p.erased_at IS NULL AND p.newcomer THEN 'yes' ELSE 'no' END";
      return db.query(
        `SELECT ${value} AS value, count(*)::int AS participants
         FROM people p
         WHERE p.id IN (SELECT person_id FROM visits
                        WHERE room_id = ANY($1::text[]) AND date BETWEEN $2 AND $3 AND person_id IS NOT NULL)
         GROUP BY 1`,
        [rooms, from, to],
      );
    },
    async insertFinal(row, at) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO document_finals (kind, rooms, year, quarter, model, figures, hashes, finalised_at, finalised_by)
         VALUES ($1, $2::text[], $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9) RETURNING id`,
        [
          row.kind,
          row.rooms,
          row.year,
          row.quarter,
          JSON.stringify(row.model),
          JSON.stringify(row.figures),
          JSON.stringify(row.hashes),
          at,
          row.finalisedBy,
        ],
      );
      return Number(rows[0].id);
    },
    async getFinal(id) {
      const rows = await db.query<FinalRow>(`SELECT ${FINAL_COLS} FROM document_finals WHERE id = $1`, [id]);
      return rows[0] ? toFinal(rows[0]) : null;
    },
    async listFinals(year, rooms) {
      const rows = await db.query<FinalRow>(
        `SELECT ${FINAL_COLS} FROM document_finals
         WHERE ($1::int IS NULL OR year = $1) AND ($2::text[] IS NULL OR rooms && $2::text[])
         ORDER BY finalised_at DESC, id DESC`,
        [year, rooms],
      );
      return rows.map(toFinal);
    },
  };
}
