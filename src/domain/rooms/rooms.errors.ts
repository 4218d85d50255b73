import { defineError } from "../shared/errors";

export const RoomErrors = {
  UnknownRoom: defineError(
    "rooms.unknown",
    "not_found",
    "Deze kamer bestaat niet.",
    "This room does not exist.",
  ),
  UnknownActivity: defineError(
    "rooms.unknown_activity",
    "not_found",
    "Deze activiteit bestaat niet in deze kamer.",
    "This activity does not exist in this room.",
  ),
};
