import { PeopleErrors } from "./people.errors";
import type { PeopleRepository } from "./ports";

/** Ends a placement on its last day. */
export async function endPlacement(
  deps: { people: PeopleRepository },
  roomId: string,
  placementId: number,
  end: string | null,
): Promise<void> {
  const p = await deps.people.getPlacement(placementId);
  if (!p || p.roomId !== roomId) throw PeopleErrors.UnknownPlacement();
  if (end !== null && end < p.start) throw PeopleErrors.PlacementEndsBeforeStart({ from: p.start, to: end });
  await deps.people.setPlacementEnd(placementId, end);
}
