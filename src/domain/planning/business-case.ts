import { FUNDER_TYPES, type FunderType } from "../finance/categories";
import { computeFinance, type FinanceReport, funderTypeShares, hoursShare } from "../finance/compute-finance";
import { type BudgetLineDraft, budgetTemplate, TEMPLATE_PRICE_YEAR } from "../finance/templates";
import { INDICATORS, type PresetKind } from "../indicators/definitions";
import { PlanningErrors } from "./planning.errors";

/** The three columns of seed 000 §3A–3B: light, full in the first three years, full after. */
export type Variant = PresetKind;
export const VARIANTS: Variant[] = ["light", "full_start", "full"];
export const VARIANT_NAMES: Record<Variant, string> = {
  light: "LIGHT versie",
  full_start: "FULL versie, eerste 3 jaar",
  full: "FULL versie, na 3 jaar",
};

export interface VariantInput {
  lines: BudgetLineDraft[];
  financing: Partial<Record<FunderType, number>>;
  volunteers: number;
  hoursPerVolunteer: number;
  /** Paid staff who also give unpaid hours, and those hours each. */
  staff: number;
  hoursPerStaff: number;
}

export interface Scenario {
  name: string;
  /** The room or neighbourhood the offer is for. */
  place: string;
  year: number;
  rates: { volunteerHourly: number; staffHourly: number };
  variants: Record<Variant, VariantInput>;
  texts: { why: string; what: string; how: string; ask: string };
}

// Seed 000 §3B "Basisfinanciering voor één buurtwerkkamer (prijspeil 2020)".
const FINANCING: Record<Variant, Partial<Record<FunderType, number>>> = {
  light: { municipality: 40000, benefit_agency: 5000, private_fund: 27500, own_income: 500 },
  full_start: {
    municipality: 65000,
    benefit_agency: 11000,
    housing_corporation: 15000,
    private_fund: 20000,
    local_sponsor: 2000,
    own_income: 1000,
  },
  full: {
    municipality: 65000,
    benefit_agency: 11000,
    housing_corporation: 30000,
    health_insurer: 5000,
    local_sponsor: 2000,
    own_income: 1000,
  },
};

/** The seed's volunteer count is the preset target of active volunteers (10 / 30 / 40, 250 h each). */
function presetVolunteers(v: Variant): number {
  const def = INDICATORS.find((d) => d.id === "output.active_volunteers");
  return def?.presets[v].target ?? 0;
}

/** A new scenario from seed 000's templates (prijspeil 2020, €11 and €37 as the seed rounds). */
export function defaultScenario(name: string, place = ""): Scenario {
  const variant = (v: Variant): VariantInput => ({
    lines: budgetTemplate(v === "light" ? "light" : "full"),
    financing: { ...FINANCING[v] },
    volunteers: presetVolunteers(v),
    hoursPerVolunteer: 250,
    staff: 2,
    hoursPerStaff: 250,
  });
  return {
    name,
    place,
    year: TEMPLATE_PRICE_YEAR,
    rates: { volunteerHourly: 11, staffHourly: 37 },
    variants: { light: variant("light"), full_start: variant("full_start"), full: variant("full") },
    texts: {
      why: "",
      what: "",
      how: "",
      ask: "",
    },
  };
}

export interface VariantResult {
  variant: Variant;
  finance: FinanceReport;
  shares: Partial<Record<FunderType, number>>;
  hoursShare: number | null;
  targets: { id: string; nl: string; target: number | null; targetOf: number | null; tooEarly: boolean }[];
}

/** Budget, financing, popular investment and preset targets of each variant, side by side. */
export function computeBusinessCase(s: Scenario): Record<Variant, VariantResult> {
  const out = {} as Record<Variant, VariantResult>;
  for (const v of VARIANTS) {
    const input = s.variants[v];
    const finance = computeFinance({
      rooms: ["scenario"],
      year: s.year,
      lines: input.lines.map((l) => ({
        roomId: "scenario",
        code: l.code,
        amount: l.amount,
        indirect: l.indirect,
      })),
      contributions: FUNDER_TYPES.filter((t) => input.financing[t]).map((t) => ({
        roomId: "scenario",
        funderType: t,
        amount: input.financing[t] ?? 0,
      })),
      hours: {
        volunteer: input.volunteers * input.hoursPerVolunteer,
        staffUnpaid: input.staff * input.hoursPerStaff,
      },
      plans: [],
      rates: s.rates,
    });
    out[v] = {
      variant: v,
      finance,
      shares: funderTypeShares(finance),
      hoursShare: hoursShare(finance.popular),
      targets: INDICATORS.map((d) => ({ id: d.id, nl: d.nl, ...d.presets[v] })),
    };
  }
  return out;
}

const nonNegative = (n: unknown, what: string) => {
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0)
    throw PlanningErrors.BadScenario({ reason: `${what} moet 0 of meer zijn` });
};

/** Checks a scenario sent by the screen before it is saved. */
export function checkScenario(s: Scenario): Scenario {
  if (!s.name?.trim()) throw PlanningErrors.BadScenario({ reason: "geef het scenario een naam" });
  for (const v of VARIANTS) {
    const input = s.variants?.[v];
    if (!input) throw PlanningErrors.BadScenario({ reason: `kolom ${VARIANT_NAMES[v]} ontbreekt` });
    for (const l of input.lines) nonNegative(l.amount, `bedrag ${l.code}`);
    for (const t of FUNDER_TYPES) if (input.financing[t] !== undefined) nonNegative(input.financing[t], t);
    nonNegative(input.volunteers, "aantal vrijwilligers");
    nonNegative(input.hoursPerVolunteer, "uren per vrijwilliger");
    nonNegative(input.staff, "aantal medewerkers");
    nonNegative(input.hoursPerStaff, "uren per medewerker");
  }
  nonNegative(s.rates.volunteerHourly, "uurtarief vrijwilligers");
  nonNegative(s.rates.staffHourly, "uurtarief medewerkers");
  return { ...s, name: s.name.trim() };
}
