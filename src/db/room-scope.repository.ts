import type { Queryable } from "./database";
import { personInRoomSql } from "./person-in-room";

/**
 * Kinds of id a request may carry, and where each lives. A room-scoped kind names its table and
 * room column: such an id is accepted only when its row is in a room the request may reach. A
 * shared kind (a partner, a funder: one register for every room) is accepted when it exists.
 * Persons are in a room by DOMAIN §10 (src/db/person-in-room.ts).
 */
export const ID_KINDS = {
  person: { scope: "person" },
  /** A person's record also when erased or merged: its page still opens, marked as such. */
  personRecord: { scope: "person" },
  activity: { scope: "room", table: "activities" },
  visit: { scope: "room", table: "visits" },
  hours: { scope: "room", table: "hours" },
  helpQuestion: { scope: "room", table: "help_questions" },
  referral: { scope: "room", table: "referrals" },
  stage: { scope: "room", table: "stages" },
  placement: { scope: "room", table: "placements" },
  key: { scope: "room", table: "keys" },
  shift: { scope: "room", table: "rota" },
  group: { scope: "room", table: "volunteer_groups" },
  budgetLine: { scope: "room", table: "budget_lines" },
  contribution: { scope: "room", table: "contributions" },
  actual: { scope: "room", table: "finance_actuals" },
  pettyCash: { scope: "room", table: "petty_cash_entries" },
  partner: { scope: "shared", table: "partners" },
  funder: { scope: "shared", table: "funders" },
} as const satisfies Record<string, { scope: "person" } | { scope: "room" | "shared"; table: string }>;

export type IdKind = keyof typeof ID_KINDS;

/**
 * The ids (of those given) that are NOT reachable: unknown, or in none of `rooms` (`"all"` for the
 * cooperative, which reaches every room). One query per kind.
 */
export async function unreachableIds(
  q: Queryable,
  kind: IdKind,
  ids: readonly number[],
  rooms: readonly string[] | "all",
): Promise<number[]> {
  if (ids.length === 0) return [];
  const k = ID_KINDS[kind];
  const all = rooms === "all" || k.scope === "shared";
  const params: unknown[] = all ? [[...ids]] : [[...ids], [...rooms]];
  let sql: string;
  if (k.scope === "person") {
    const current = kind === "person" ? "AND p.erased_at IS NULL AND p.merged_into IS NULL" : "";
    sql = `SELECT p.id FROM people p WHERE p.id = ANY($1::int8[]) ${current}
      ${all ? "" : `AND ${personInRoomSql("ANY($2::text[])")}`}`;
  } else if (all) {
    sql = `SELECT id FROM ${k.table} WHERE id = ANY($1::int8[])`;
  } else {
    sql = `SELECT id FROM ${k.table} WHERE id = ANY($1::int8[]) AND room_id = ANY($2::text[])`;
  }
  const found = new Set((await q.query<{ id: number }>(sql, params)).map((r) => Number(r.id)));
  return ids.filter((id) => !found.has(id));
}
