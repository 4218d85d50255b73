/**
 * The performance table of the cooperation agreement (DOMAIN.md §5, seed 000 §3A): every indicator
 * with its group, names, measure and the three preset targets.
 */

export const INDICATOR_GROUPS = ["impact", "output", "process", "input"] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** How an indicator is measured, which also decides how targets of several rooms combine. */
export type Measure =
  | "survey_pct"
  | "interview_pct"
  | "interview_count"
  | "persons"
  | "count"
  | "persons_of"
  | "partners"
  | "unique_persons"
  | "jobs"
  | "budget"
  | "audit"
  | "survey_score";

/**
 * One preset target. `target` is the number printed in the agreement ("> 5" is 5); null with
 * `tooEarly`, and null for the qualitative "positive" of the audit (status set, no number).
 */
export interface PresetTarget {
  target: number | null;
  tooEarly: boolean;
  targetOf: number | null;
}

/** The three presets: light; full in the calendar year of opening and the two after; full after. */
export type PresetKind = "light" | "full_start" | "full";

export interface IndicatorDefinition {
  id: string;
  group: IndicatorGroup;
  nl: string;
  en: string;
  measure: Measure;
  presets: Record<PresetKind, PresetTarget>;
  /** Printed red/italic in the seeds: of specific interest to housing corporations. */
  housing: boolean;
}

const t = (target: number, targetOf: number | null = null): PresetTarget => ({
  target,
  tooEarly: false,
  targetOf,
});
const TOO_EARLY: PresetTarget = { target: null, tooEarly: true, targetOf: null };
const same = (p: PresetTarget): Record<PresetKind, PresetTarget> => ({ light: p, full_start: p, full: p });
const three = (light: PresetTarget, fullStart: PresetTarget, full: PresetTarget) => ({
  light,
  full_start: fullStart,
  full,
});

export const INDICATORS = [
  {
    id: "impact.confidence",
    group: "impact",
    nl: "Bewoners hebben meer vertrouwen in eigen kunnen",
    en: "Residents have more confidence in their own abilities",
    measure: "survey_pct",
    presets: three(TOO_EARLY, t(50), t(50)),
    housing: false,
  },
  {
    id: "impact.pleasant_living",
    group: "impact",
    nl: "De buurtwerkkamer draagt bij aan prettiger leven en wonen in de buurt",
    en: "The room contributes to more pleasant living in the neighbourhood",
    measure: "survey_pct",
    presets: three(TOO_EARLY, t(70), t(70)),
    housing: false,
  },
  {
    id: "impact.benefit_care_costs",
    group: "impact",
    nl: "Minder (kosten op) uitkeringen en zorg",
    en: "Less (cost of) benefits and care",
    measure: "interview_pct",
    presets: three(TOO_EARLY, TOO_EARLY, t(2)),
    housing: false,
  },
  {
    id: "impact.evictions",
    group: "impact",
    nl: "Minder (kosten op) huisuitzettingen en huurschuld",
    en: "Fewer evictions and rent arrears",
    measure: "interview_count",
    presets: three(TOO_EARLY, TOO_EARLY, t(5)),
    housing: true,
  },
  {
    id: "impact.nuisance",
    group: "impact",
    nl: "Minder (kosten op) overlast en vandalisme",
    en: "Less nuisance and vandalism",
    measure: "interview_pct",
    presets: three(TOO_EARLY, TOO_EARLY, t(2)),
    housing: true,
  },
  {
    id: "output.key_holders",
    group: "output",
    nl: "Sleutelbeheerders",
    en: "Key holders",
    measure: "persons",
    presets: three(t(5), t(10), t(15)),
    housing: false,
  },
  {
    id: "output.active_volunteers",
    group: "output",
    nl: "Actieve vrijwilligers (gem. 250 uur per jaar)",
    en: "Active volunteers (avg. 250 hours a year)",
    measure: "persons",
    presets: three(t(10), t(30), t(40)),
    housing: false,
  },
  {
    id: "output.volunteer_groups",
    group: "output",
    nl: "Actieve vrijwilligersgroepen",
    en: "Active volunteer groups",
    measure: "count",
    presets: three(t(1), t(3), t(5)),
    housing: false,
  },
  {
    id: "output.members",
    group: "output",
    nl: "Betalende geregistreerde leden bewonersvereniging",
    en: "Paying registered members of the residents' association",
    measure: "persons",
    presets: three(TOO_EARLY, t(50), t(100)),
    housing: false,
  },
  {
    id: "output.referred_participating",
    group: "output",
    nl: "Bewoners doorverwezen door instanties doen mee",
    en: "Residents referred by agencies take part",
    measure: "persons_of",
    presets: three(t(5, 10), t(10, 20), t(10, 20)),
    housing: false,
  },
  {
    id: "output.placements",
    group: "output",
    nl: "Actief op participatie-, leerwerk- of stageplek",
    en: "Active on a participation, learning-work or internship place",
    measure: "persons",
    presets: three(t(1), t(4), t(4)),
    housing: false,
  },
  {
    id: "output.newcomers_participating",
    group: "output",
    nl: "Nieuwe bewoners in de wijk doen mee",
    en: "Newcomers to the neighbourhood take part",
    measure: "persons_of",
    presets: three(t(5, 10), t(10, 20), t(10, 20)),
    housing: true,
  },
  {
    id: "output.paid_work",
    group: "output",
    nl: "Deelnemers vinden betaald werk",
    en: "Participants find paid work",
    measure: "persons",
    presets: three(t(1), t(3), t(5)),
    housing: false,
  },
  {
    id: "output.referrals",
    group: "output",
    nl: "Doorverwijzen van en naar instanties",
    en: "Residents referred to and from agencies",
    measure: "persons",
    presets: three(t(5), t(30), t(50)),
    housing: false,
  },
  {
    id: "output.partners",
    group: "output",
    nl: "Partners voor op- en afschalen",
    en: "Partners for scaling up and down",
    measure: "partners",
    presets: three(t(10), t(20), t(25)),
    housing: false,
  },
  {
    id: "process.social",
    group: "process",
    nl: "Sociale ontmoeting",
    en: "Social meeting",
    measure: "unique_persons",
    presets: three(t(50), t(150), t(200)),
    housing: false,
  },
  {
    id: "process.jobs",
    group: "process",
    nl: "Klussen",
    en: "Odd jobs",
    measure: "jobs",
    presets: three(t(10), t(25), t(40)),
    housing: true,
  },
  {
    id: "process.computer",
    group: "process",
    nl: "Computervaardigheid",
    en: "Computer skills",
    measure: "unique_persons",
    presets: three(t(10), t(25), t(40)),
    housing: false,
  },
  {
    id: "process.language",
    group: "process",
    nl: "Taalverwerving Nederlands",
    en: "Dutch language",
    measure: "unique_persons",
    presets: three(t(20), t(50), t(80)),
    housing: false,
  },
  {
    id: "process.forms",
    group: "process",
    nl: "Formulieren",
    en: "Forms",
    measure: "unique_persons",
    presets: three(t(50), t(150), t(200)),
    housing: true,
  },
  {
    id: "process.debt",
    group: "process",
    nl: "Schuldhulptoeleiding en budgetadvies",
    en: "Debt-help referral and budget advice",
    measure: "unique_persons",
    presets: three(t(5), t(15), t(20)),
    housing: true,
  },
  {
    id: "process.work",
    group: "process",
    nl: "Toeleiding naar werk",
    en: "Guidance to work",
    measure: "unique_persons",
    presets: three(t(5), t(15), t(20)),
    housing: false,
  },
  {
    id: "process.total",
    group: "process",
    nl: "Totaal aantal unieke deelnemers",
    en: "Total unique participants",
    measure: "unique_persons",
    presets: three(t(150), t(300), t(400)),
    housing: false,
  },
  {
    id: "input.budget_balanced",
    group: "input",
    nl: "Goede besteding budget: geen tekort financiering",
    en: "No financing deficit",
    measure: "budget",
    // "Positief": formal financing minus budgeted costs is at least 0.
    presets: same(t(0)),
    housing: false,
  },
  {
    id: "input.spending_accounted",
    group: "input",
    nl: "Verantwoorde besteding budget",
    en: "Spending accounted for",
    measure: "audit",
    // "Positief" is an audit result, not a number: the target is set but has no value.
    presets: same({ target: null, tooEarly: false, targetOf: null }),
    housing: false,
  },
  {
    id: "input.team_score",
    group: "input",
    nl: "Goede inzet medewerkers en vrijwilligers",
    en: "Staff and volunteers rate the work",
    measure: "survey_score",
    presets: same(t(8)),
    housing: false,
  },
  {
    id: "input.partner_score",
    group: "input",
    nl: "Goed overleg met alle partners en financiers",
    en: "Partners and funders rate the cooperation",
    measure: "survey_score",
    presets: same(t(8)),
    housing: false,
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorId = (typeof INDICATORS)[number]["id"];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((d) => d.id);

const BY_ID = new Map<string, IndicatorDefinition>(INDICATORS.map((d) => [d.id, d]));

export function isIndicatorId(value: string): value is IndicatorId {
  return BY_ID.has(value);
}

export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  return BY_ID.get(id)!;
}

/**
 * Count indicators (`output.*`, `process.*`, `impact.evictions`): their targets add up over
 * several rooms (INTERCHANGE "Report JSON"); percentages, means, budgets and audits do not.
 */
export function isCountIndicator(id: IndicatorId): boolean {
  return id.startsWith("output.") || id.startsWith("process.") || id === "impact.evictions";
}

/** Indicators with a "x of y" target (`target_of`). */
export function hasTargetOf(id: IndicatorId): boolean {
  return indicatorDefinition(id).measure === "persons_of";
}
