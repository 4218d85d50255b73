import type { Actor } from "../auth/roles";
import type { IsoDate } from "../shared/dates";
import { type DeskDeps, registrationDate, roomActivity } from "./deps";
import { DeskErrors } from "./desk.errors";
import { type RegisteredVisit, registerVisit } from "./register-visit";

export interface RegisterPersonInput {
  roomId: string;
  key: string;
  date?: IsoDate;
  firstName: string;
  /** The resident agreed that we note their name (the sentence shown in their language). */
  consent: boolean;
  street?: string | null;
  phone?: string | null;
  newcomer?: boolean;
  referredBy?: string | null;
  landlord?: string | null;
  wantsMembership?: boolean;
  /**
   * Under 16: registered only with a parent's or guardian's consent. At an activity for children
   * the answer is required (true or false): the desk asks, it never assumes (issue 16).
   */
  child?: boolean;
  guardianName?: string | null;
  guardianConsent?: boolean;
  /** The desk saw the duplicate warning and it is someone else. */
  notDuplicate?: boolean;
  /**
   * The activity of the day the new visitor came for: their visit is stored in the same
   * transaction, so the person is never stored without the visit the desk announced (issue 16).
   */
  activityId?: number;
}

const clean = (s: string | null | undefined) => {
  const t = (s ?? "").trim().replace(/\s+/g, " ");
  return t === "" ? null : t.slice(0, 200);
};

/**
 * Registers a new visitor with the least the reports need (DOMAIN.md §2): first name and consent;
 * street, phone, newcomer, referral, landlord and the wish to become a member if they want.
 * The person is a visitor (bezoeker) from that day, and a participant (deelnemer) from their first
 * visit (the ladder is derived by the database, decision 092); "referred by" records an incoming referral.
 */
export async function registerPerson(
  deps: DeskDeps,
  actor: Actor,
  input: RegisterPersonInput,
): Promise<{
  id: number;
  firstName: string;
  street: string | null;
  duplicate: boolean;
  /** The visit stored with them (when an activity was given). */
  visit?: RegisteredVisit;
}> {
  const date = registrationDate(deps, actor, input.date);
  const firstName = clean(input.firstName);
  if (!firstName) throw DeskErrors.Required({ label: "voornaam", field: "firstName" });
  if (!input.consent) throw DeskErrors.ConsentRequired({ field: "consent" });
  const guardianName = clean(input.guardianName);
  if (input.child && (!guardianName || !input.guardianConsent))
    throw DeskErrors.GuardianRequired({ field: guardianName ? "guardianConsent" : "guardianName" });
  const street = clean(input.street);
  if (input.activityId !== undefined) {
    const activity = await roomActivity(deps, input.roomId, input.activityId);
    if (activity.forChildren && input.child === undefined) throw DeskErrors.ChildQuestion({ field: "child" });
  }
  return deps.desk.withRoomLock(input.roomId, async (desk) => {
    // Inside the lock every call below shares its transaction: all or nothing.
    const visitFor = async (personId: number) =>
      input.activityId === undefined
        ? undefined
        : await registerVisit({ ...deps, desk }, actor, {
            roomId: input.roomId,
            key: `${input.key}-v`,
            activityId: input.activityId,
            personId,
            date,
          });
    const known = await desk.personByKey(input.key);
    if (known !== null)
      return { id: known, firstName, street, duplicate: true, visit: await visitFor(known) };
    if (street && !input.notDuplicate) {
      const same = await desk.findSameNameStreet(firstName, street);
      if (same) throw DeskErrors.DuplicatePerson({ firstName, street, personId: same.id });
    }
    const id = await desk.createPerson({
      roomId: input.roomId,
      date,
      firstName,
      street,
      phone: clean(input.phone),
      newcomer: !!input.newcomer,
      referredBy: clean(input.referredBy),
      landlord: clean(input.landlord),
      wantsMembership: !!input.wantsMembership,
      birthYear: null,
      under16: !!input.child,
      guardianConsent: input.child ? guardianName : null,
      key: input.key,
    });
    return { id, firstName, street, duplicate: false, visit: await visitFor(id) };
  });
}
