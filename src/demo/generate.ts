/**
 * Seeded generator of INTERCHANGE bundles: the demo data (`cli demo`) and the benchmark data sets.
 * Same seed, same bundle. Synthetic residents only: first names and streets are drawn from lists,
 * never from real registrations.
 */

export interface RoomSpec {
  id: string;
  name: string;
  city: string;
  neighbourhood: string;
  variant: "light" | "full";
  opened: string;
  streets: string[];
}

export interface GenerateOptions {
  seed?: number;
  rooms?: RoomSpec[] | number;
  /** Last day generated (inclusive); defaults to 2021-12-31. Visits run `days` days up to it. */
  until?: string;
  days?: number;
  /** Named residents per room over the period. */
  peoplePerRoom?: number;
  /** Average visit rows per room per open day. */
  visitsPerDay?: number;
}

/** The six rooms of the seeds (Amsterdam Zuidoost and Utrecht). */
export const SEED_ROOMS: RoomSpec[] = [
  {
    id: "cjm",
    name: "Casa Jepie Makandra",
    city: "Amsterdam",
    neighbourhood: "Holendrecht",
    variant: "full",
    opened: "2011-09-01",
    streets: ["Hoogoord", "Holendrechterweg", "Hofoord", "Hakfort", "Huigenbos"],
  },
  {
    id: "multibron",
    name: "MultiBron",
    city: "Amsterdam",
    neighbourhood: "Venserpolder",
    variant: "full",
    opened: "2015-03-01",
    streets: ["Hugo de Vrieslaan", "Karspeldreef", "Venserweg", "Wolbrantskerkweg", "Geldershoofd"],
  },
  {
    id: "handreiking",
    name: "De Handreiking",
    city: "Amsterdam",
    neighbourhood: "H-buurt",
    variant: "full",
    opened: "2016-01-15",
    streets: ["Hoogoord", "Heesterveld", "Hakfort", "Kikkenstein", "Harderwijkstraat"],
  },
  {
    id: "top",
    name: "TOP",
    city: "Utrecht",
    neighbourhood: "Ondiep",
    variant: "full",
    opened: "2014-05-01",
    streets: [
      "Amsterdamsestraatweg",
      "Ondiep-Zuidzijde",
      "Laan van Chartroise",
      "Cartesiusweg",
      "Daalsedijk",
    ],
  },
  {
    id: "hvlr",
    name: "Hart voor Leidsche Rijn",
    city: "Utrecht",
    neighbourhood: "Leidsche Rijn",
    variant: "full",
    opened: "2017-02-01",
    streets: ["Berlijnplein", "Brusselplein", "Parkwijklaan", "Terwijdelaan", "Langerakbaan"],
  },
  {
    id: "verbinding",
    name: "De Verbinding",
    city: "Utrecht",
    neighbourhood: "Zuilen",
    variant: "light",
    opened: "2020-09-01",
    streets: [
      "Elsenburglaan",
      "Prins Bernhardlaan",
      "Marnixlaan",
      "Burgemeester Norbruislaan",
      "Amsterdamsestraatweg",
    ],
  },
];

const FIRST_NAMES = [
  // Dutch, Surinamese, Moroccan, Turkish, Ghanaian and others of Zuidoost and Utrecht.
  "Anja",
  "Henk",
  "Marieke",
  "Joost",
  "Ria",
  "Kees",
  "Sandra",
  "Wim",
  "Ingrid",
  "Bas",
  "Rosita",
  "Ramon",
  "Shanti",
  "Gerold",
  "Marlies",
  "Ravi",
  "Soraya",
  "Lloyd",
  "Cheryl",
  "Kenneth",
  "Fatima",
  "Mohamed",
  "Khadija",
  "Youssef",
  "Samira",
  "Hassan",
  "Naima",
  "Karim",
  "Latifa",
  "Bilal",
  "Ayşe",
  "Mehmet",
  "Elif",
  "Mustafa",
  "Zeynep",
  "Emre",
  "Hatice",
  "Hakan",
  "Fatma",
  "Burak",
  "Akosua",
  "Kwame",
  "Abena",
  "Kofi",
  "Ama",
  "Yaw",
  "Efua",
  "Kwabena",
  "Adwoa",
  "Kojo",
  "Senait",
  "Yonas",
  "Mulu",
  "Dawit",
  "Selam",
  "Ahmad",
  "Noor",
  "Omar",
  "Lina",
  "Tesfay",
];

const ACTIVITIES: Record<string, string[]> = {
  social: ["Inloop met koffie", "Eettafel", "Ontbijtcafé", "Spellenmiddag", "Wandelclub"],
  social_activation: ["Naaiclub", "Kidsclub", "Yoga", "Fietsles", "Kringloopwinkeltje"],
  jobs: ["Klussendienst", "Tuindienst"],
  computer: ["Computerles", "Hulp met DigiD"],
  language: ["Taalcafé", "Huiswerkbegeleiding"],
  forms: ["Formulierenspreekuur"],
  debt: ["Geldzaken-spreekuur"],
  work: ["Cv-hulp"],
};

const GROUPS = ["Klussendienst", "Tuingroep", "Formulierenbrigade", "Kookgroep", "Taalteam", "Computerhulp"];
const LANDLORDS = ["Ymere", "Eigen Haard", "Rochdale", "Stadgenoot", "Bo-Ex", "Mitros", "Portaal", ""];
const PARTNERS = [
  "Buurtteam Zuidoost",
  "Buurtteam Noordwest",
  "Werkplein",
  "Schuldhulpverlening",
  "Huisartsenpraktijk",
  "Voedselbank",
  "Ymere",
  "Mitros",
  "Taalhuis",
  "Wijkcentrum",
];

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function csv(header: string[], rows: (string | number)[][]): string {
  const esc = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[header.join(","), ...rows.map((r) => r.map(esc).join(","))].join("\n")}\n`;
}

function roomSpecs(rooms: GenerateOptions["rooms"]): RoomSpec[] {
  if (rooms === undefined) return SEED_ROOMS;
  if (Array.isArray(rooms)) return rooms;
  return Array.from({ length: rooms }, (_, i) => {
    const base = SEED_ROOMS[i % SEED_ROOMS.length];
    return i < SEED_ROOMS.length
      ? base
      : { ...base, id: `r${String(i + 1).padStart(4, "0")}`, name: `BuurtWerkKamer ${i + 1}` };
  });
}

/**
 * Generates a bundle as CSV texts keyed by file name ("rooms.csv" …). Sizes scale with the options;
 * for very large sets use `generateVisitRows` which yields visit rows without holding them all.
 */
export function generateBundle(opts: GenerateOptions = {}): Record<string, string> {
  const r = rng(opts.seed ?? 2021);
  const rooms = roomSpecs(opts.rooms);
  const until = opts.until ?? "2021-12-31";
  const days = opts.days ?? 365;
  const from = addDays(until, -(days - 1));
  const peoplePerRoom = opts.peoplePerRoom ?? 220;
  const visitsPerDay = opts.visitsPerDay ?? 14;
  // Dates drawn as "day n of the period" stay inside it, also for short periods (tests).
  const within = (n: number) => addDays(from, Math.min(n, days - 1));
  const years = [...new Set([from.slice(0, 4), until.slice(0, 4)])].map(Number);

  const people: (string | number)[][] = [];
  const visits: (string | number)[][] = [];
  const hours: (string | number)[][] = [];
  const roles: (string | number)[][] = [];
  const keys: (string | number)[][] = [];
  const memberships: (string | number)[][] = [];
  const referrals: (string | number)[][] = [];
  const placements: (string | number)[][] = [];
  const outcomes: (string | number)[][] = [];
  const surveys: (string | number)[][] = [];
  const impacts: (string | number)[][] = [];
  const budget: (string | number)[][] = [];
  const financing: (string | number)[][] = [];
  const plan: (string | number)[][] = [];
  const audits: (string | number)[][] = [];

  for (const room of rooms) {
    const refs: string[] = [];
    for (let i = 0; i < peoplePerRoom; i++) {
      const ref = `${room.id}-p${i + 1}`;
      refs.push(ref);
      const since = addDays(from, r.int(-700, days - 30));
      people.push([
        ref,
        room.id,
        r.pick(FIRST_NAMES),
        r.chance(0.8) ? r.pick(room.streets) : "",
        r.chance(0.12) ? "yes" : "no",
        r.pick(LANDLORDS),
        since,
      ]);
    }
    // A loyal core comes often; most come a few times (a long tail, as in the rooms).
    const weight = refs.map((_, i) => 1 / (1 + i * 0.08));
    const total = weight.reduce((a, b) => a + b, 0);
    const pickPerson = () => {
      let x = r.next() * total;
      for (let i = 0; i < refs.length; i++) {
        x -= weight[i];
        if (x <= 0) return refs[i];
      }
      return refs[refs.length - 1];
    };
    const volunteers = refs.slice(0, Math.max(3, Math.round(peoplePerRoom * 0.12)));
    const keyHolders = volunteers.slice(0, Math.max(2, Math.round(volunteers.length * 0.45)));

    for (let d = 0; d < days; d++) {
      const date = addDays(from, d);
      const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (dow === 0) continue; // closed on Sunday
      const n = Math.max(0, Math.round(visitsPerDay * (dow === 6 ? 0.4 : 1) * (0.6 + r.next() * 0.8)));
      for (let k = 0; k < n; k++) {
        const type = r.pick([
          "social",
          "social",
          "social",
          "social_activation",
          "forms",
          "forms",
          "language",
          "computer",
          "debt",
          "work",
          "jobs",
        ]);
        const activity = r.pick(ACTIVITIES[type]);
        if (r.chance(0.15)) {
          visits.push([date, room.id, type, activity, "", r.int(1, 3), r.chance(0.3) ? "yes" : "no"]);
        } else {
          visits.push([date, room.id, type, activity, pickPerson(), type === "jobs" ? 1 : 1, ""]);
        }
      }
      for (const v of volunteers) {
        if (r.chance(0.22))
          hours.push([date, room.id, v, r.pick([2, 3, 3.5, 4, 5, 6]), "volunteer", r.pick(GROUPS)]);
      }
      if (r.chance(0.1)) hours.push([date, room.id, refs[0], r.pick([2, 4]), "staff_unpaid", ""]);
    }
    for (const [i, v] of volunteers.entries()) {
      roles.push([v, room.id, "deelnemer", from, ""]);
      roles.push([v, room.id, "vrijwilliger", addDays(from, r.int(0, 120)), ""]);
      if (i < keyHolders.length)
        roles.push([v, room.id, "sleutelvrijwilliger", addDays(from, r.int(120, 200)), ""]);
    }
    for (const [i, k] of keyHolders.entries()) {
      keys.push([`${room.id.toUpperCase()}-${i + 1}`, room.id, k, within(r.int(0, 200)), ""]);
    }
    for (const year of years) {
      for (const p of refs)
        if (r.chance(0.35)) memberships.push([p, room.id, year, r.chance(0.85) ? "yes" : "no", "1,00"]);
    }
    for (let i = 0; i < Math.round(peoplePerRoom * 0.2); i++) {
      const direction = r.chance(0.45) ? "in" : "out";
      const outcome =
        direction === "out"
          ? r.pick(["connected", "connected", "connected", "not_connected", "pending"])
          : "";
      referrals.push([
        addDays(from, r.int(0, days - 1)),
        room.id,
        direction,
        r.pick(PARTNERS),
        r.chance(0.85) ? pickPerson() : "",
        "",
        r.chance(0.5) ? "yes" : "no",
        outcome,
      ]);
    }
    for (let i = 0; i < 5; i++) {
      const start = addDays(from, r.int(0, days - 60));
      placements.push([
        refs[(10 + i) % refs.length],
        room.id,
        r.pick(["participation", "learning_work", "internship", "day_activity", "perspective_job"]),
        start,
        r.chance(0.5) ? addDays(start, r.int(30, 200)) : "",
        r.int(30, 80),
      ]);
    }
    for (let i = 0; i < 4; i++)
      outcomes.push([addDays(from, r.int(0, days - 1)), room.id, refs[(20 + i) % refs.length], "paid_work"]);
    for (let i = 0; i < 40; i++) {
      const date = addDays(from, r.int(0, days - 1));
      surveys.push([date, room.id, "participants", "confidence", r.chance(0.7) ? "yes" : "no"]);
      surveys.push([date, room.id, "participants", "pleasant_living", r.chance(0.8) ? "yes" : "no"]);
    }
    for (let i = 0; i < 10; i++)
      surveys.push([addDays(from, r.int(0, days - 1)), room.id, "team", "score", r.int(7, 10)]);
    for (let i = 0; i < 6; i++)
      surveys.push([addDays(from, r.int(0, days - 1)), room.id, "partners", "score", r.int(6, 10)]);
    impacts.push([
      addDays(from, 200),
      room.id,
      "evictions",
      r.int(2, 8),
      "Huurachterstand opgelost met bemiddeling",
    ]);
    impacts.push([addDays(from, 200), room.id, "nuisance_pct", r.int(1, 5), ""]);
    impacts.push([addDays(from, 200), room.id, "benefit_care_costs_pct", r.int(1, 4), ""]);

    for (const year of years) {
      const rent = r.int(80, 125) * 100;
      const lines: [string, number, string][] = [
        ["A1", 35460, "Teamcoördinatie (18 uur/week)"],
        ["A2", 11712, "Coaching (4 uur/week)"],
        ["A3", 7320, "Makelen, werkgever, administratie (2,5 uur/week)"],
        ["B1", room.variant === "full" ? 29220 : 0, "Perspectiefbaan assistent (32 uur/week)"],
        ["B2", 12324, "Schuldhulpcoach (12 uur/week)"],
        ["B3", 6000, "Meewerkende vrijwilligers"],
        ["C1", rent, "Huur ruimte"],
        ["C2", 4800, "Energie, water, internet"],
        ["C3", 1020, "Inventaris"],
        ["D1", 3000, "Handgeld"],
        ["D2", 1452, "ICT en registratiesysteem"],
        ["D3", 1020, "Communicatie"],
        ["D4", 1500, "Training"],
        ["E1", 1020, "Organisatie vereniging"],
        ["E2", 1020, "Bank, verzekering, accountant"],
      ];
      for (const [code, amount, description] of lines)
        if (amount > 0) budget.push([room.id, year, code, amount, description, ""]);
      const total = lines.reduce((a, l) => a + l[1], 0);
      const city = room.city === "Amsterdam" ? "Gemeente Amsterdam" : "Gemeente Utrecht";
      const corp = room.city === "Amsterdam" ? "Ymere" : "Mitros";
      financing.push([room.id, year, city, "municipality", Math.round(total * 0.56)]);
      financing.push([room.id, year, corp, "housing_corporation", Math.round(total * 0.2)]);
      financing.push([room.id, year, "UWV en Werkplein", "benefit_agency", Math.round(total * 0.1)]);
      financing.push([room.id, year, "Zorgverzekeraar", "health_insurer", Math.round(total * 0.08)]);
      financing.push([room.id, year, "Fonds voor de Buurt", "private_fund", Math.round(total * 0.06)]);
      plan.push([room.id, year, room.variant === "full" ? 10000 : 5000, 500]);
      if (year < Number(until.slice(0, 4))) audits.push([room.id, year, "positive", ""]);
    }
  }

  return {
    "rooms.csv": csv(
      ["room", "name", "city", "variant", "opened"],
      rooms.map((x) => [x.id, x.name, x.city, x.variant, x.opened]),
    ),
    "people.csv": csv(["person", "room", "first_name", "street", "newcomer", "landlord", "since"], people),
    "visits.csv": csv(["date", "room", "activity_type", "activity", "person", "count", "first_time"], visits),
    "hours.csv": csv(["date", "room", "person", "hours", "kind", "activity"], hours),
    "roles.csv": csv(["person", "room", "role", "from", "to"], roles),
    "keys.csv": csv(["key", "room", "person", "issued", "returned"], keys),
    "memberships.csv": csv(["person", "room", "year", "paid", "amount"], memberships),
    "referrals.csv": csv(
      ["date", "room", "direction", "partner", "person", "partner_type", "warm", "outcome"],
      referrals,
    ),
    "placements.csv": csv(["person", "room", "type", "start", "end", "wage_value_pct"], placements),
    "outcomes.csv": csv(["date", "room", "person", "kind"], outcomes),
    "surveys.csv": csv(["date", "room", "survey", "question", "answer"], surveys),
    "impacts.csv": csv(["date", "room", "kind", "value", "note"], impacts),
    "budget.csv": csv(["room", "year", "code", "amount", "description", "indirect"], budget),
    "financing.csv": csv(["room", "year", "funder", "funder_type", "amount"], financing),
    "plan.csv": csv(["room", "year", "volunteer_hours", "staff_unpaid_hours"], plan),
    "audits.csv": csv(["room", "year", "result", "note"], audits),
  };
}
