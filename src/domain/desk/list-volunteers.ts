import { addDays, todayInAmsterdam } from "../shared/dates";
import type { DeskDeps } from "./deps";

/** Volunteers to choose from for hours and jobs: a volunteer stage in the room, or hours there this year. */
export async function listVolunteers(deps: DeskDeps, input: { roomId: string }) {
  return deps.desk.listVolunteers(input.roomId, addDays(todayInAmsterdam(deps.now()), -365));
}
