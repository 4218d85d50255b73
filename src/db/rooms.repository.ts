import type { ActivityType } from "../domain/activities/activity-types";
import type { Activity, Room, RoomsRepository } from "../domain/rooms/ports";
import type { Queryable } from "./database";

const ROOM_COLS = "id, name, city, neighbourhood, association, variant, opened";

export function roomsRepository(db: Queryable): RoomsRepository {
  return {
    async listRooms(ids) {
      if (ids === "all") return db.query<Room>(`SELECT ${ROOM_COLS} FROM rooms ORDER BY city, name`);
      return db.query<Room>(`SELECT ${ROOM_COLS} FROM rooms WHERE id = ANY($1::text[]) ORDER BY city, name`, [
        ids,
      ]);
    },
    async getRoom(id) {
      const rows = await db.query<Room>(`SELECT ${ROOM_COLS} FROM rooms WHERE id = $1`, [id]);
      return rows[0] ?? null;
    },
    listActivities(roomId) {
      return db.query<Activity>(
        `SELECT id, room_id AS "roomId", type, name, active, for_children AS "forChildren"
         FROM activities WHERE room_id = $1
         ORDER BY active DESC, type, name`,
        [roomId],
      );
    },
    async upsertRoom(r) {
      await db.query(
        `INSERT INTO rooms (${ROOM_COLS}) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, city = EXCLUDED.city,
           neighbourhood = EXCLUDED.neighbourhood, association = EXCLUDED.association,
           variant = EXCLUDED.variant, opened = EXCLUDED.opened`,
        [r.id, r.name, r.city, r.neighbourhood, r.association, r.variant, r.opened],
      );
    },
    async addActivity(roomId: string, type: ActivityType, name: string) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO activities (room_id, type, name) VALUES ($1,$2,$3)
         ON CONFLICT (room_id, type, name) DO UPDATE SET active = true RETURNING id`,
        [roomId, type, name],
      );
      return rows[0].id;
    },
    async setActivityForChildren(roomId, activityId, forChildren) {
      const rows = await db.query(
        "UPDATE activities SET for_children = $3 WHERE room_id = $1 AND id = $2 RETURNING id",
        [roomId, activityId, forChildren],
      );
      return rows.length > 0;
    },
    async setActivityActive(roomId, activityId, active) {
      const rows = await db.query(
        "UPDATE activities SET active = $3 WHERE room_id = $1 AND id = $2 RETURNING id",
        [roomId, activityId, active],
      );
      return rows.length > 0;
    },
  };
}
