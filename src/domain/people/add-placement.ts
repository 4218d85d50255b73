import { PeopleErrors } from "./people.errors";
import type { PeopleRepository, PlacementType } from "./ports";
import { requirePerson } from "./require-person";

/** A participation place, learning-work place, internship, perspective job or day activity. */
export async function addPlacement(
  deps: { people: PeopleRepository },
  roomId: string,
  input: {
    personId: number;
    type: PlacementType;
    start: string;
    end?: string | null;
    wageValuePct?: number | null;
  },
): Promise<number> {
  await requirePerson(deps.people, input.personId, roomId, { writable: true });
  const end = input.end ?? null;
  if (end !== null && end < input.start)
    throw PeopleErrors.PlacementEndsBeforeStart({ from: input.start, to: end });
  return deps.people.addPlacement({
    personId: input.personId,
    roomId,
    type: input.type,
    start: input.start,
    end,
    wageValuePct: input.wageValuePct ?? null,
  });
}
