import { defineError } from "../shared/errors";

export const FinanceErrors = {
  UnknownCategory: defineError(
    "finance.unknown_category",
    "invalid",
    (p) =>
      `Begrotingsregel '${p.code}' heeft een onbekende categorie. Gebruik een letter A tot en met E en een nummer, bijvoorbeeld A1 of D2.`,
    (p) =>
      `Budget line '${p.code}' has an unknown category. Use a letter A to E and a number, e.g. A1 or D2.`,
  ),
  NegativeAmount: defineError(
    "finance.negative_amount",
    "invalid",
    (p) =>
      `Het bedrag van ${p.what} is negatief (${p.amount}). Een negatief bedrag mag alleen als correctie: zet dan 'correctie' aan.`,
    (p) =>
      `The amount of ${p.what} is negative (${p.amount}). A negative amount is only allowed as a correction: tick 'correction'.`,
  ),
  InvalidAmount: defineError(
    "finance.invalid_amount",
    "invalid",
    (p) => `Het bedrag van ${p.what} is geen geldig getal.`,
    (p) => `The amount of ${p.what} is not a valid number.`,
  ),
  ZeroRate: defineError(
    "finance.zero_rate",
    "invalid",
    (p) => `Het uurtarief voor ${p.what} moet meer dan € 0 zijn.`,
    (p) => `The hourly rate for ${p.what} must be more than € 0.`,
  ),
  InvalidYear: defineError(
    "finance.invalid_year",
    "invalid",
    (p) => `Het jaar '${p.year}' klopt niet. Gebruik vier cijfers, bijvoorbeeld 2021.`,
    (p) => `The year '${p.year}' is not right. Use four digits, e.g. 2021.`,
  ),
  UnknownRoom: defineError(
    "finance.unknown_room",
    "not_found",
    (p) => `De kamer '${p.room}' bestaat niet.`,
    (p) => `The room '${p.room}' does not exist.`,
  ),
  NoRooms: defineError(
    "finance.no_rooms",
    "invalid",
    "Kies minstens één kamer.",
    "Choose at least one room.",
  ),
  UnknownFunderType: defineError(
    "finance.unknown_funder_type",
    "invalid",
    (p) =>
      `Het soort financier '${p.type}' bestaat niet. Kies uit: municipality, benefit_agency, housing_corporation, health_insurer, private_fund, local_sponsor, own_income.`,
    (p) =>
      `Funder type '${p.type}' does not exist. Choose from: municipality, benefit_agency, housing_corporation, health_insurer, private_fund, local_sponsor, own_income.`,
  ),
  UnknownFunder: defineError(
    "finance.unknown_funder",
    "not_found",
    "Deze financier staat niet in het register.",
    "This funder is not in the register.",
  ),
  DuplicateFunder: defineError(
    "finance.duplicate_funder",
    "conflict",
    (p) => `Er staat al een financier '${p.name}' in het register.`,
    (p) => `There is already a funder '${p.name}' in the register.`,
  ),
  StatusBackwards: defineError(
    "finance.status_backwards",
    "conflict",
    (p) =>
      `Een bijdrage gaat van 'aangevraagd' naar 'toegekend' naar 'ontvangen'. Van '${p.from}' naar '${p.to}' kan niet.`,
    (p) =>
      `A contribution goes requested → granted → received. From '${p.from}' to '${p.to}' is not possible.`,
  ),
  NotFound: defineError(
    "finance.not_found",
    "not_found",
    "Deze regel bestaat niet (meer).",
    "This row does not exist (any more).",
  ),
  BudgetExists: defineError(
    "finance.budget_exists",
    "conflict",
    (p) =>
      `Kamer '${p.room}' heeft al een begroting voor ${p.year}. Verwijder die eerst, of pas de regels aan.`,
    (p) => `Room '${p.room}' already has a budget for ${p.year}. Delete it first, or edit its lines.`,
  ),
  NoBudgetToCopy: defineError(
    "finance.no_budget_to_copy",
    "not_found",
    (p) => `Kamer '${p.room}' heeft geen begroting voor ${p.year} om te kopiëren.`,
    (p) => `Room '${p.room}' has no budget for ${p.year} to copy.`,
  ),
  InvalidHours: defineError(
    "finance.invalid_hours",
    "invalid",
    (p) => `Het aantal uren (${p.field}) moet 0 of meer zijn.`,
    (p) => `The number of hours (${p.field}) must be 0 or more.`,
  ),
  InvalidDate: defineError(
    "finance.invalid_date",
    "invalid",
    (p) => `De datum '${p.date}' klopt niet. Schrijf bijvoorbeeld 2021-03-15 of 15-03-2021.`,
    (p) => `The date '${p.date}' is not right. Write e.g. 2021-03-15 or 15-03-2021.`,
  ),
  UnknownPettyCashCategory: defineError(
    "finance.unknown_petty_cash_category",
    "invalid",
    (p) => `De soort uitgave '${p.category}' bestaat niet voor het handgeld.`,
    (p) => `Expense kind '${p.category}' does not exist for petty cash.`,
  ),
};

/** Warnings do not stop a change; the screen shows them beside the saved row. */
export interface FinanceWarning {
  code: "finance.no_budget" | "finance.petty_cash_over_limit" | "finance.budget_unbalanced";
  nl: string;
  en: string;
}
