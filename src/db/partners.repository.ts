import type { Partner, PartnersRepository } from "../domain/partners/ports";
import type { Queryable } from "./database";

// $1: the rooms whose referrals are counted (NULL = all rooms).
const SELECT = `
SELECT p.id, p.name, p.type, p.contact_name AS "contactName", p.contact_phone AS "contactPhone",
       p.standing_agreement AS "standingAgreement",
       COALESCE((SELECT array_agg(pr.room_id ORDER BY pr.room_id) FROM partner_rooms pr WHERE pr.partner_id = p.id),
                '{}') AS rooms,
       (SELECT count(*) FROM referrals r
        WHERE r.partner_id = p.id AND ($1::text[] IS NULL OR r.room_id = ANY($1::text[]))) AS referrals,
       COALESCE((SELECT array_agg(DISTINCT r.room_id ORDER BY r.room_id) FROM referrals r
        WHERE r.partner_id = p.id AND ($1::text[] IS NULL OR r.room_id = ANY($1::text[]))), '{}') AS "referralRooms"
FROM partners p`;

export function partnersRepository(db: Queryable): PartnersRepository {
  return {
    list(roomIds) {
      return db.query<Partner>(`${SELECT} ORDER BY lower(p.name)`, [roomIds === "all" ? null : roomIds]);
    },
    async get(id) {
      const rows = await db.query<Partner>(`${SELECT} WHERE p.id = $2`, [null, id]);
      return rows[0] ?? null;
    },
    async idByName(name) {
      const rows = await db.query<{ id: number }>(
        "SELECT id FROM partners WHERE lower(btrim(name)) = lower(btrim($1)) ORDER BY id LIMIT 1",
        [name],
      );
      return rows[0]?.id ?? null;
    },
    async insert(f) {
      const rows = await db.query<{ id: number }>(
        `INSERT INTO partners (name, type, contact_name, contact_phone, standing_agreement)
         VALUES ($1,$2,$3,$4,$5) RETURNING id`,
        [f.name, f.type, f.contactName, f.contactPhone, f.standingAgreement],
      );
      return rows[0].id;
    },
    async update(id, f) {
      await db.query(
        `UPDATE partners SET name = $2, type = $3, contact_name = $4, contact_phone = $5,
           standing_agreement = $6, updated_at = now() WHERE id = $1`,
        [id, f.name, f.type, f.contactName, f.contactPhone, f.standingAgreement],
      );
    },
    async setRooms(id, rooms, editable) {
      const scope = editable === "all" ? null : editable;
      await db.query(
        "DELETE FROM partner_rooms WHERE partner_id = $1 AND ($2::text[] IS NULL OR room_id = ANY($2::text[])) AND NOT (room_id = ANY($3::text[]))",
        [id, scope, rooms],
      );
      await db.query(
        "INSERT INTO partner_rooms (partner_id, room_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING",
        [id, rooms],
      );
    },
    async roomsExist(ids) {
      if (ids.length === 0) return [];
      const rows = await db.query<{ id: string }>("SELECT id FROM rooms WHERE id = ANY($1::text[])", [ids]);
      return rows.map((r) => r.id);
    },
  };
}
