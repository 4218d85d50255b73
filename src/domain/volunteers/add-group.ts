import type { VolunteersRepository } from "./ports";
import { VolunteerErrors } from "./volunteers.errors";

/** A new volunteer group in the room (klussendienst, formulierenbrigade, kookgroep …). */
export async function addGroup(
  deps: { volunteers: VolunteersRepository },
  roomId: string,
  name: string,
): Promise<number> {
  const clean = name.trim();
  if (await deps.volunteers.groupByName(roomId, clean)) throw VolunteerErrors.GroupExists({ name: clean });
  return deps.volunteers.addGroup(roomId, clean);
}
