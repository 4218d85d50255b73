import { defineError } from "../shared/errors";

export const KeyErrors = {
  AlreadyIssued: defineError(
    "keys.already_issued",
    "conflict",
    (p) => `Sleutel ${p.key} is in die periode al uitgegeven (sinds ${p.issued}). Neem hem eerst in.`,
    (p) => `Key ${p.key} is already issued in that period (since ${p.issued}). Take it back first.`,
  ),
  UnknownKey: defineError(
    "keys.unknown",
    "not_found",
    "Deze sleuteluitgifte bestaat niet.",
    "This key issue does not exist.",
  ),
  ReturnedBeforeIssued: defineError(
    "keys.returned_before_issued",
    "invalid",
    (p) => `Een sleutel kan niet terug zijn (${p.returned}) voordat hij is uitgegeven (${p.issued}).`,
    (p) => `A key cannot be returned (${p.returned}) before it was issued (${p.issued}).`,
  ),
  AlreadyReturned: defineError(
    "keys.already_returned",
    "conflict",
    (p) => `Sleutel ${p.key} is al ingeleverd op ${p.returned}.`,
    (p) => `Key ${p.key} was already returned on ${p.returned}.`,
  ),
  NotAKeyHolder: defineError(
    "keys.not_a_key_holder",
    "invalid",
    (p) => `${p.who} heeft op ${p.date} geen sleutel van deze kamer en kan de kamer niet openen of sluiten.`,
    (p) => `${p.who} holds no key of this room on ${p.date} and cannot open or close it.`,
  ),
  BadTimes: defineError(
    "keys.bad_times",
    "invalid",
    (p) => `De sluittijd (${p.closes}) moet na de openingstijd (${p.opens}) liggen.`,
    (p) => `Closing time (${p.closes}) must be after opening time (${p.opens}).`,
  ),
  UnknownShift: defineError(
    "keys.unknown_shift",
    "not_found",
    "Deze dienst bestaat niet.",
    "This shift does not exist.",
  ),
};
