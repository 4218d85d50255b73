import type { Actor } from "../auth/roles";
import type { IsoDate } from "../shared/dates";
import { type DeskDeps, registrationDate, roomActivity } from "./deps";
import { growthNudge } from "./rules";

export interface PersonChoice {
  id: number;
  firstName: string | null;
  street: string | null;
  /** Registered at this activity on the chosen day: the visit id, for undo. */
  visitToday: number | null;
  /** There is a help question; its text is for coordinators only. */
  hasHelpQuestion: boolean;
  askContact: boolean;
  askMembership: boolean;
}

/**
 * The people to tap at an activity: without a search, its most frequent visitors of the last
 * year; with a search, people of this room whose first name or street starts with it, the most
 * frequent at this activity first. Only first name and street leave the server.
 */
export async function searchPeople(
  deps: DeskDeps,
  actor: Actor,
  input: { roomId: string; activityId?: number; q?: string; date?: IsoDate; limit?: number },
): Promise<PersonChoice[]> {
  const date = registrationDate(deps, actor, input.date);
  if (input.activityId !== undefined) await roomActivity(deps, input.roomId, input.activityId);
  const rows = await deps.desk.searchPeople({
    roomId: input.roomId,
    activityId: input.activityId ?? null,
    text: (input.q ?? "").trim().toLowerCase().slice(0, 60),
    date,
    limit: Math.min(Math.max(input.limit ?? 40, 1), 100),
  });
  return rows.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    street: p.street,
    visitToday: p.visitToday,
    hasHelpQuestion: p.hasHelpQuestion,
    ...growthNudge({
      visitDaysThisYear: p.visitDaysThisYear,
      hasContact: p.hasContact,
      isMember: p.isMember,
    }),
  }));
}
