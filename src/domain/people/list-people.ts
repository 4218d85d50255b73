import { todayInAmsterdam } from "../shared/dates";
import type { PeopleRepository, PersonListFilters, PersonListItem } from "./ports";

/** People of a room, newest activity first, filtered as the coordinator asks. */
export function listPeople(
  deps: { people: PeopleRepository; now: () => Date },
  roomId: string,
  filters: Omit<PersonListFilters, "limit"> & { limit?: number },
): Promise<PersonListItem[]> {
  const search = filters.search?.trim() || undefined;
  return deps.people.listPeople(
    roomId,
    { ...filters, search, limit: Math.min(filters.limit ?? 200, 1000) },
    todayInAmsterdam(deps.now()),
  );
}
