import type { LearningPlan, LearningRepository } from "../domain/planning/learning-plan";
import type { Centre } from "../domain/planning/nearby";
import type { PlanningRepository, Shape } from "../domain/planning/ports";
import type { RealisationSource } from "../domain/planning/realisation";
import type { ScanArea } from "../domain/planning/scan";
import type { Queryable } from "./database";

const AREA_COLS = `code, name, kind, municipality, inhabitants, age65plus, bijstand, ww, ao, aow,
  edu_low AS "eduLow", edu_middle AS "eduMiddle", edu_high AS "eduHigh"`;

export function planningRepository(db: Queryable): PlanningRepository {
  return {
    async saveScanAreas(year, areas) {
      // In chunks: a whole CBS table holds some 17,000 rows, too many parameters for one statement.
      for (let i = 0; i < areas.length; i += 500) {
        const chunk = areas.slice(i, i + 500);
        await db.query(
          `INSERT INTO planning_scan_areas (year, code, name, kind, municipality, inhabitants, age65plus,
             bijstand, ww, ao, aow, edu_low, edu_middle, edu_high)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[],
             $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[], $13::numeric[], $14::numeric[])
           ON CONFLICT (year, code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
             municipality = EXCLUDED.municipality, inhabitants = EXCLUDED.inhabitants, age65plus = EXCLUDED.age65plus,
             bijstand = EXCLUDED.bijstand, ww = EXCLUDED.ww, ao = EXCLUDED.ao, aow = EXCLUDED.aow,
             edu_low = EXCLUDED.edu_low, edu_middle = EXCLUDED.edu_middle, edu_high = EXCLUDED.edu_high,
             imported_at = now()`,
          [
            year,
            chunk.map((a) => a.code),
            chunk.map((a) => a.name),
            chunk.map((a) => a.kind),
            chunk.map((a) => a.municipality),
            chunk.map((a) => a.inhabitants),
            chunk.map((a) => a.age65plus),
            chunk.map((a) => a.bijstand),
            chunk.map((a) => a.ww),
            chunk.map((a) => a.ao),
            chunk.map((a) => a.aow),
            chunk.map((a) => a.eduLow),
            chunk.map((a) => a.eduMiddle),
            chunk.map((a) => a.eduHigh),
          ],
        );
      }
    },
    listScanAreas(year, municipality) {
      return db.query<ScanArea>(
        `SELECT ${AREA_COLS} FROM planning_scan_areas
         WHERE year = $1 AND ($2::text IS NULL OR municipality = $2) ORDER BY municipality, code`,
        [year, municipality ?? null],
      );
    },
    async scanYears() {
      const rows = await db.query<{ year: number; municipality: string }>(
        "SELECT DISTINCT year, municipality FROM planning_scan_areas ORDER BY year DESC, municipality",
      );
      const out: { year: number; municipalities: string[] }[] = [];
      for (const r of rows) {
        const last = out[out.length - 1];
        if (last?.year === r.year) last.municipalities.push(r.municipality);
        else out.push({ year: r.year, municipalities: [r.municipality] });
      }
      return out;
    },
    async allScanCodes() {
      const rows = await db.query<{ code: string }>("SELECT DISTINCT code FROM planning_scan_areas");
      return rows.map((r) => r.code);
    },
    async saveCentres(centres) {
      if (centres.length === 0) return;
      await db.query(
        `INSERT INTO planning_centres (code, lat, lon)
         SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[])
         ON CONFLICT (code) DO UPDATE SET lat = EXCLUDED.lat, lon = EXCLUDED.lon`,
        [centres.map((c) => c.code), centres.map((c) => c.lat), centres.map((c) => c.lon)],
      );
    },
    listCentres() {
      return db.query<Centre>("SELECT code, lat, lon FROM planning_centres ORDER BY code");
    },
    async saveShapes(shapes) {
      for (const s of shapes) {
        await db.query(
          `INSERT INTO planning_shapes (code, geometry) VALUES ($1, $2::jsonb)
           ON CONFLICT (code) DO UPDATE SET geometry = EXCLUDED.geometry`,
          [s.code, JSON.stringify(s.geometry)],
        );
      }
    },
    async listShapes(codes) {
      const rows = await db.query<{ code: string; geometry: unknown }>(
        "SELECT code, geometry FROM planning_shapes WHERE code = ANY($1::text[]) ORDER BY code",
        [codes],
      );
      return rows.map((r) => ({
        code: r.code,
        geometry: (typeof r.geometry === "string" ? JSON.parse(r.geometry) : r.geometry) as Shape["geometry"],
      }));
    },
    listScenarios() {
      return db.query<{ name: string; updatedAt: string }>(
        `SELECT name, to_char(updated_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS "updatedAt"
         FROM planning_scenarios ORDER BY name`,
      );
    },
    async getScenario(name) {
      const rows = await db.query<{ data: unknown }>("SELECT data FROM planning_scenarios WHERE name = $1", [
        name,
      ]);
      return rows[0] ? parseJson(rows[0].data) : null;
    },
    async saveScenario(name, data) {
      await db.query(
        `INSERT INTO planning_scenarios (name, data) VALUES ($1, $2::jsonb)
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
        [name, JSON.stringify(data)],
      );
    },
    async getMultiYear(name) {
      const rows = await db.query<{ data: unknown }>("SELECT data FROM planning_multi_year WHERE name = $1", [
        name,
      ]);
      return rows[0] ? parseJson(rows[0].data) : null;
    },
    async saveMultiYear(name, data) {
      await db.query(
        `INSERT INTO planning_multi_year (name, data) VALUES ($1, $2::jsonb)
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
        [name, JSON.stringify(data)],
      );
    },
  };
}

const parseJson = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);

const LEARNING_COLS = `room_id AS "roomId", year, learned, results, goals, trainings, partner_meeting AS "partnerMeeting"`;

export function learningRepository(db: Queryable): LearningRepository {
  return {
    async getLearning(roomId, year) {
      const rows = await db.query<LearningPlan>(
        `SELECT ${LEARNING_COLS} FROM planning_learning WHERE room_id = $1 AND year = $2`,
        [roomId, year],
      );
      return rows[0] ?? null;
    },
    listLearning(roomIds, year) {
      return db.query<LearningPlan>(
        `SELECT ${LEARNING_COLS} FROM planning_learning WHERE room_id = ANY($1::text[]) AND year = $2 ORDER BY room_id`,
        [roomIds, year],
      );
    },
    async saveLearning(p) {
      await db.query(
        `INSERT INTO planning_learning (room_id, year, learned, results, goals, trainings, partner_meeting)
         VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (room_id, year) DO UPDATE SET learned = EXCLUDED.learned, results = EXCLUDED.results,
           goals = EXCLUDED.goals, trainings = EXCLUDED.trainings, partner_meeting = EXCLUDED.partner_meeting,
           updated_at = now()`,
        [p.roomId, p.year, p.learned, p.results, p.goals, p.trainings, p.partnerMeeting],
      );
    },
    async trainingBudget(roomId, year) {
      const rows = await db.query<{ amount: number | null }>(
        "SELECT sum(amount) AS amount FROM budget_lines WHERE room_id = $1 AND year = $2 AND code = 'D4'",
        [roomId, year],
      );
      return rows[0]?.amount ?? null;
    },
  };
}

/** The registrations behind a multi-year plan's realisation (src/domain/planning/realisation.ts). */
export function realisationSource(db: Queryable): RealisationSource {
  return {
    async activeRooms(city, year) {
      const rows = await db.query<{ id: string }>(
        `SELECT r.id FROM rooms r
         WHERE ($1::text IS NULL OR r.city = $1)
           AND (EXISTS (SELECT 1 FROM visits v WHERE v.room_id = r.id
                          AND v.date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31))
                OR EXISTS (SELECT 1 FROM hours h WHERE h.room_id = r.id AND h.kind = 'volunteer'
                          AND h.status = 'approved' AND h.date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)))
         ORDER BY r.id`,
        [city, year],
      );
      return rows.map((r) => r.id);
    },
    async volunteersOrKeyHolders(rooms, year) {
      const rows = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (
           SELECT person_id FROM hours
           WHERE room_id = ANY($1::text[]) AND kind = 'volunteer' AND status = 'approved'
             AND date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31) AND person_id IS NOT NULL
           UNION
           SELECT person_id FROM keys
           WHERE room_id = ANY($1::text[]) AND person_id IS NOT NULL
             AND issued <= make_date($2, 12, 31) AND (returned IS NULL OR returned >= make_date($2, 1, 1))
         ) x`,
        [rooms, year],
      );
      return rows[0]?.n ?? 0;
    },
    async cities() {
      const rows = await db.query<{ city: string }>(
        "SELECT DISTINCT city FROM rooms WHERE city IS NOT NULL AND btrim(city) <> '' ORDER BY city",
      );
      return rows.map((r) => r.city);
    },
  };
}
