import type { ContributionStatus, FunderType } from "./categories";
import type { PettyCashCategory } from "./petty-cash";
import type { Rates } from "./rates";

export interface BudgetLine {
  id: number;
  roomId: string;
  year: number;
  code: string;
  amount: number;
  description: string | null;
  indirect: boolean;
  hoursPerWeek: number | null;
  correction: boolean;
}

export interface Funder {
  id: number;
  name: string;
  type: FunderType;
  contact: string | null;
}

export interface Contribution {
  id: number;
  roomId: string;
  year: number;
  funderId: number;
  funderName: string;
  funderType: FunderType;
  amount: number;
  status: ContributionStatus;
  requestedOn: string | null;
  grantedOn: string | null;
  receivedOn: string | null;
  note: string | null;
}

export interface Plan {
  roomId: string;
  year: number;
  volunteerHours: number;
  staffUnpaidHours: number;
}

export interface Actual {
  id: number;
  roomId: string;
  date: string;
  code: string;
  amount: number;
  description: string | null;
  correction: boolean;
}

export interface PettyCashRow {
  id: number;
  roomId: string;
  date: string;
  amount: number;
  category: PettyCashCategory;
  description: string | null;
  receipt: boolean;
  correction: boolean;
}

/** What the finance use cases need from storage (implemented in src/db/finance.repository.ts). */
export interface FinanceRepository {
  existingRooms(ids: string[]): Promise<string[]>;
  allRoomIds(): Promise<string[]>;

  listBudgetLines(rooms: string[], year: number): Promise<BudgetLine[]>;
  getBudgetLine(id: number): Promise<BudgetLine | null>;
  insertBudgetLine(line: Omit<BudgetLine, "id">): Promise<number>;
  updateBudgetLine(line: BudgetLine): Promise<void>;
  deleteBudgetLine(id: number): Promise<boolean>;

  listFunders(): Promise<Funder[]>;
  getFunder(id: number): Promise<Funder | null>;
  findFunderByName(name: string): Promise<Funder | null>;
  insertFunder(f: Omit<Funder, "id">): Promise<number>;
  updateFunder(f: Funder): Promise<void>;

  listContributions(rooms: string[], year: number): Promise<Contribution[]>;
  getContribution(id: number): Promise<Contribution | null>;
  insertContribution(k: Omit<Contribution, "id" | "funderName" | "funderType">): Promise<number>;
  updateContribution(k: Omit<Contribution, "funderName" | "funderType">): Promise<void>;
  deleteContribution(id: number): Promise<boolean>;

  getRates(year: number): Promise<Rates | null>;
  setRates(year: number, rates: Rates): Promise<void>;

  listPlans(rooms: string[], year: number): Promise<Plan[]>;
  setPlan(plan: Plan): Promise<void>;

  /** Approved registered hours of the year in these rooms, by kind. */
  hourTotals(rooms: string[], year: number): Promise<{ volunteer: number; staffUnpaid: number }>;

  listActuals(roomId: string, year: number): Promise<Actual[]>;
  /** With a source key (an imported row's identity) a row already stored is skipped: null. */
  insertActual(a: Omit<Actual, "id">, createdBy: number | null, sourceKey?: string): Promise<number | null>;
  deleteActual(roomId: string, id: number): Promise<boolean>;

  listPettyCash(roomId: string, year: number): Promise<PettyCashRow[]>;
  insertPettyCash(e: Omit<PettyCashRow, "id">, createdBy: number | null): Promise<number>;
  deletePettyCash(roomId: string, id: number): Promise<boolean>;

  /** Distinct named participants (a visit in the room that year), and how many of them per landlord. */
  participantsByLandlord(
    roomId: string,
    year: number,
  ): Promise<{ participants: number; tenantsByLandlord: { landlord: string; tenants: number }[] }>;
}

export interface FinanceDeps {
  finance: FinanceRepository;
}
