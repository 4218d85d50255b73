import { ACTIVITY_TYPES } from "../activities/activity-types";
import { FUNDER_TYPES } from "../finance/categories";
import { INDICATOR_IDS } from "../indicators/definitions";
import { LADDER_STAGES } from "../people/ladder";

/**
 * The files of the bundle (INTERCHANGE.md "Files"), in the order they are checked and stored:
 * a file may refer to rooms and people declared before it.
 */

export type ColumnType =
  | { t: "text" }
  | { t: "id"; values: readonly string[] }
  | { t: "date" }
  | { t: "bool" }
  | { t: "amount"; positive?: boolean }
  | { t: "number"; min?: number; max?: number; integer?: boolean; minExclusive?: boolean }
  | { t: "year" }
  | { t: "room" }
  | { t: "person" }
  | { t: "target" }
  | { t: "budget_code" }
  | { t: "answer" };

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required?: boolean;
  /**
   * A column added after INTERCHANGE's first version ("Growing the interface"): part of a row's
   * identity only when it holds a value (not empty, not "no"), so the rows of an old bundle keep
   * their identities and importing it again still changes nothing.
   */
  added?: boolean;
}

export interface FileSpec {
  name: string;
  columns: ColumnSpec[];
  /** Columns whose combination may occur once in the file (the first row wins, later ones are rejected). */
  unique?: string[];
  /** [start, end] date columns: the end may not lie before the start. */
  period?: [string, string];
}

export { FUNDER_TYPES } from "../finance/categories";
/** Indicator ids of DOMAIN.md §5, the only ones targets.csv accepts. */
// The lists below are the domain's own: the import accepts exactly what the domain knows.
export { INDICATOR_IDS } from "../indicators/definitions";

export const PLACEMENT_TYPES = [
  "participation",
  "learning_work",
  "internship",
  "perspective_job",
  "day_activity",
] as const;

const text = { t: "text" } as const;
const date = { t: "date" } as const;
const bool = { t: "bool" } as const;
const room = { t: "room" } as const;
const person = { t: "person" } as const;
const year = { t: "year" } as const;
const count = { t: "number", min: 0, integer: true } as const;
const hoursType = { t: "number", min: 0 } as const;
const id = (values: readonly string[]) => ({ t: "id", values }) as const;
const req = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: true });
const opt = (name: string, type: ColumnType): ColumnSpec => ({ name, type });
const added = (name: string, type: ColumnType): ColumnSpec => ({ name, type, added: true });

export const FILE_SPECS: FileSpec[] = [
  {
    name: "rooms",
    columns: [
      req("room", text),
      req("name", text),
      opt("city", text),
      opt("variant", id(["light", "full"])),
      opt("opened", date),
    ],
    unique: ["room"],
  },
  {
    // Issue 16: the activities of a room and whether each is for children under 16 (DOMAIN §10).
    name: "activities",
    columns: [
      req("room", room),
      req("activity_type", id(ACTIVITY_TYPES)),
      req("activity", text),
      opt("for_children", bool),
    ],
    unique: ["room", "activity_type", "activity"],
  },
  {
    name: "people",
    columns: [
      req("person", text),
      req("room", room),
      opt("first_name", text),
      opt("street", text),
      opt("newcomer", bool),
      opt("landlord", text),
      opt("since", date),
      // Issue 16: marked under 16, and the name of the parent or guardian who consented.
      added("under_16", bool),
      added("guardian_consent", text),
    ],
    unique: ["person"],
  },
  {
    name: "visits",
    columns: [
      req("date", date),
      req("room", room),
      req("activity_type", id(ACTIVITY_TYPES)),
      opt("activity", text),
      opt("person", person),
      opt("count", count),
      opt("first_time", bool),
    ],
  },
  {
    name: "hours",
    columns: [
      req("date", date),
      req("room", room),
      req("person", person),
      req("hours", { t: "number", min: 0, max: 24 }),
      opt("kind", id(["volunteer", "staff_unpaid"])),
      opt("activity", text),
    ],
  },
  {
    name: "roles",
    columns: [
      req("person", person),
      req("room", room),
      req("role", id(LADDER_STAGES)),
      req("from", date),
      opt("to", date),
    ],
    period: ["from", "to"],
  },
  {
    name: "keys",
    columns: [
      req("key", text),
      req("room", room),
      req("person", person),
      req("issued", date),
      opt("returned", date),
    ],
    period: ["issued", "returned"],
  },
  {
    name: "memberships",
    columns: [
      req("person", person),
      req("room", room),
      req("year", year),
      opt("paid", bool),
      opt("amount", { t: "amount" }),
    ],
  },
  {
    name: "referrals",
    columns: [
      req("date", date),
      req("room", room),
      req("direction", id(["in", "out"])),
      req("partner", text),
      opt("person", person),
      opt("partner_type", text),
      opt("warm", bool),
      opt("outcome", id(["connected", "not_connected", "pending"])),
    ],
  },
  {
    name: "placements",
    columns: [
      req("person", person),
      req("room", room),
      req("type", id(PLACEMENT_TYPES)),
      req("start", date),
      opt("end", date),
      opt("wage_value_pct", { t: "number", min: 0, max: 100 }),
    ],
    period: ["start", "end"],
  },
  {
    name: "outcomes",
    columns: [req("date", date), req("room", room), req("person", person), req("kind", id(["paid_work"]))],
  },
  {
    name: "surveys",
    columns: [
      req("date", date),
      req("room", room),
      req("survey", id(["participants", "team", "partners"])),
      req("question", id(["confidence", "pleasant_living", "score"])),
      req("answer", { t: "answer" }),
    ],
  },
  {
    name: "impacts",
    columns: [
      req("date", date),
      req("room", room),
      req("kind", id(["benefit_care_costs_pct", "evictions", "nuisance_pct"])),
      req("value", { t: "number" }),
      opt("note", text),
    ],
  },
  {
    name: "targets",
    columns: [
      req("room", room),
      req("year", year),
      req("indicator", id(INDICATOR_IDS)),
      req("target", { t: "target" }),
      opt("of", count),
    ],
    unique: ["room", "year", "indicator"],
  },
  {
    name: "budget",
    columns: [
      req("room", room),
      req("year", year),
      req("code", { t: "budget_code" }),
      req("amount", { t: "amount" }),
      opt("description", text),
      opt("indirect", bool),
    ],
  },
  {
    name: "financing",
    columns: [
      req("room", room),
      req("year", year),
      req("funder", text),
      req("funder_type", id(FUNDER_TYPES)),
      req("amount", { t: "amount" }),
    ],
  },
  {
    name: "plan",
    columns: [
      req("room", room),
      req("year", year),
      req("volunteer_hours", hoursType),
      req("staff_unpaid_hours", hoursType),
    ],
    unique: ["room", "year"],
  },
  {
    name: "rates",
    columns: [
      req("year", year),
      req("volunteer_hourly", { t: "amount", positive: true }),
      req("staff_hourly", { t: "amount", positive: true }),
    ],
    unique: ["year"],
  },
  {
    name: "audits",
    columns: [
      req("room", room),
      req("year", year),
      req("result", id(["positive", "negative"])),
      opt("note", text),
    ],
    unique: ["room", "year"],
  },
  // Facts that set a ladder stage (DOMAIN §10), added with issue 24 so that the derived stages
  // travel as the facts they follow from (docs/import.md "Ladder facts").
  {
    name: "board_seats",
    columns: [req("person", person), req("room", room), req("start", date), opt("end", date)],
    period: ["start", "end"],
  },
  {
    name: "contracts",
    columns: [req("person", person), req("room", room), req("start", date), opt("end", date)],
    period: ["start", "end"],
  },
  {
    name: "allowances",
    columns: [req("person", person), req("room", room), req("month", date), req("amount", { t: "amount" })],
  },
];

export const FILE_NAMES = FILE_SPECS.map((f) => f.name);

/**
 * In files where `person` is required, `-` stands for a person erased under the privacy rules:
 * the export writes it, the import stores the row without identity. Not a reference anyone declares.
 */
export const ERASED_PERSON = "-";
