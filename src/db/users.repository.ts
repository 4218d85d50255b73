import type { UserAdminStore } from "../domain/auth/change-user";
import type { Queryable } from "./database";

/** Changing accounts (the cooperative's Beheer screen). Run inside one transaction by the route. */
export function usersRepository(db: Queryable): UserAdminStore {
  return {
    async updateUser(id, patch) {
      await db.query("UPDATE users SET role = $2, disabled = $3 WHERE id = $1", [
        id,
        patch.role,
        patch.disabled,
      ]);
      await db.query("DELETE FROM user_rooms WHERE user_id = $1", [id]);
      if (patch.rooms.length > 0) {
        await db.query(
          "INSERT INTO user_rooms (user_id, room_id) SELECT $1, r FROM unnest($2::text[]) AS r",
          [id, patch.rooms],
        );
      }
    },
    async endSessionsOf(userId) {
      const rows = await db.query("DELETE FROM sessions WHERE user_id = $1 RETURNING id", [userId]);
      return rows.length;
    },
  };
}
