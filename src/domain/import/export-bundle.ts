import { writeCsv } from "./csv";
import type { SqlQueryable } from "./ports";
import { FILE_SPECS } from "./spec";

/**
 * Every file's rows as SQL that returns one text column per bundle column, already in the form
 * the import reads (yyyy-mm-dd, yes/no, `.` decimals). Person references: the person's own `ref`;
 * a person without one gets `buurtboek-<id>`; an erased person is empty where `person` is optional
 * and `-` where it is required (INTERCHANGE: erased persons anonymous).
 */
const ref = (alias: string, required: boolean) =>
  `CASE WHEN ${alias}.id IS NULL OR ${alias}.erased_at IS NOT NULL THEN '${required ? "-" : ""}'
        ELSE COALESCE(${alias}.ref, 'buurtboek-' || ${alias}.id) END`;
const yn = (col: string) => `CASE WHEN ${col} THEN 'yes' ELSE 'no' END`;
const d = (col: string) => `COALESCE(to_char(${col}, 'YYYY-MM-DD'), '')`;
const num = (col: string) => `COALESCE(trim_scale(${col})::text, '')`;

const QUERIES: Record<string, { cols: string[]; from: string }> = {
  rooms: { cols: ["id", "name", "COALESCE(city, '')", "variant", d("opened")], from: "rooms" },
  activities: { cols: ["room_id", "type", "name", yn("for_children")], from: "activities" },
  people: {
    cols: [
      ref("p", true),
      "home_room",
      "COALESCE(first_name, '')",
      "COALESCE(street, '')",
      yn("newcomer"),
      "COALESCE(landlord, '')",
      d("since"),
      yn("under_16"),
      "COALESCE(guardian_consent, '')",
    ],
    from: "people p WHERE erased_at IS NULL",
  },
  visits: {
    cols: [
      d("v.date"),
      "v.room_id",
      "v.activity_type",
      "COALESCE(a.name, '')",
      ref("p", false),
      "v.count::text",
      yn("v.first_time"),
    ],
    from: "visits v LEFT JOIN activities a ON a.id = v.activity_id LEFT JOIN people p ON p.id = v.person_id",
  },
  // Only approved hours count anywhere; pending and rejected ones stay behind.
  hours: {
    cols: [d("h.date"), "h.room_id", ref("p", true), num("h.hours"), "h.kind", "COALESCE(h.activity, '')"],
    from: "hours h LEFT JOIN people p ON p.id = h.person_id WHERE h.status = 'approved'",
  },
  roles: {
    cols: [ref("p", true), "s.room_id", "s.stage", d("s.from_date"), d("s.to_date")],
    // Only the stages entered by hand: the derived ones follow from the other files and are
    // derived again on import (DOMAIN §10). A stage is a step of one person; without the person
    // it carries nothing a bundle can hold.
    from: "stage_entries s JOIN people p ON p.id = s.person_id WHERE p.erased_at IS NULL",
  },
  keys: {
    cols: ["k.key", "k.room_id", ref("p", true), d("k.issued"), d("k.returned")],
    from: "keys k LEFT JOIN people p ON p.id = k.person_id",
  },
  memberships: {
    cols: [ref("p", true), "m.room_id", "m.year::text", yn("m.paid"), num("m.amount")],
    from: "memberships m LEFT JOIN people p ON p.id = m.person_id",
  },
  referrals: {
    cols: [
      d("r.date"),
      "r.room_id",
      "r.direction",
      "pa.name",
      ref("p", false),
      "COALESCE(pa.type, '')",
      yn("r.warm"),
      "COALESCE(r.outcome, '')",
    ],
    from: "referrals r JOIN partners pa ON pa.id = r.partner_id LEFT JOIN people p ON p.id = r.person_id",
  },
  placements: {
    cols: [
      ref("p", true),
      "pl.room_id",
      "pl.type",
      d("pl.start_date"),
      d("pl.end_date"),
      num("pl.wage_value_pct"),
    ],
    from: "placements pl LEFT JOIN people p ON p.id = pl.person_id",
  },
  outcomes: {
    cols: [d("o.date"), "o.room_id", ref("p", true), "o.kind"],
    from: "outcomes o LEFT JOIN people p ON p.id = o.person_id",
  },
  surveys: { cols: [d("date"), "room_id", "survey", "question", "answer"], from: "survey_answers" },
  impacts: { cols: [d("date"), "room_id", "kind", num("value"), "COALESCE(note, '')"], from: "impacts" },
  targets: {
    cols: [
      "room_id",
      "year::text",
      "indicator",
      `CASE WHEN too_early THEN 'too_early' ELSE ${num("target")} END`,
      num("target_of"),
    ],
    from: "targets",
  },
  budget: {
    cols: ["room_id", "year::text", "code", num("amount"), "COALESCE(description, '')", yn("indirect")],
    from: "budget_lines",
  },
  // Requested contributions are not (yet) financing, and financing.csv has no status to carry them.
  financing: {
    cols: ["c.room_id", "c.year::text", "f.name", "f.type", num("c.amount")],
    from: "contributions c JOIN funders f ON f.id = c.funder_id WHERE c.status <> 'requested'",
  },
  plan: { cols: ["room_id", "year::text", num("volunteer_hours"), num("staff_unpaid_hours")], from: "plans" },
  rates: { cols: ["year::text", num("volunteer_hourly"), num("staff_hourly")], from: "rates" },
  audits: { cols: ["room_id", "year::text", "result", "COALESCE(note, '')"], from: "audits" },
  board_seats: {
    cols: [ref("p", true), "b.room_id", d("b.start_date"), d("b.end_date")],
    from: "board_seats b JOIN people p ON p.id = b.person_id",
  },
  contracts: {
    cols: [ref("p", true), "c.room_id", d("c.start_date"), d("c.end_date")],
    from: "contracts c JOIN people p ON p.id = c.person_id",
  },
  allowances: {
    cols: [ref("p", true), "a.room_id", d("a.month"), num("a.amount")],
    from: "allowances a JOIN people p ON p.id = a.person_id",
  },
};

/**
 * Everything the database holds as a bundle of CSV texts keyed by file name ("visits.csv"):
 * comma separated, yyyy-mm-dd, yes/no, rows sorted, so that export → import → export is identical.
 */
export async function exportBundle(
  deps: { db: SqlQueryable },
  opts: { onFile?: (done: number, total: number) => void } = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [done, spec] of FILE_SPECS.entries()) {
    const { cols, from } = QUERIES[spec.name];
    const select = cols.map((c, i) => `${c} AS c${i}`).join(", ");
    const rows = await deps.db.query<Record<string, unknown>>(`SELECT ${select} FROM ${from}`);
    const lines = rows.map((r) =>
      cols.map((_, i) => (r[`c${i}`] === null || r[`c${i}`] === undefined ? "" : String(r[`c${i}`]))),
    );
    lines.sort((a, b) => {
      const x = a.join("\u0000");
      const y = b.join("\u0000");
      return x < y ? -1 : x > y ? 1 : 0;
    });
    out[`${spec.name}.csv`] = writeCsv(
      spec.columns.map((c) => c.name),
      lines,
    );
    opts.onFile?.(done + 1, FILE_SPECS.length);
  }
  return out;
}
