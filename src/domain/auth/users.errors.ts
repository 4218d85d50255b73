import { defineError } from "../shared/errors";

/** Errors of changing an account (the cooperative's Beheer screen). */
export const UserErrors = {
  NotFound: defineError(
    "users.not_found",
    "not_found",
    "Dit account bestaat niet.",
    "This account does not exist.",
  ),
  // Otherwise the last cooperative account could lock everyone out of Beheer by one click.
  NotOwnAccount: defineError(
    "users.not_own_account",
    "forbidden",
    "Je eigen rol, kamers of account verander je hier niet. Vraag dat aan iemand anders van de coöperatie.",
    "You cannot change your own role, rooms or account here. Ask someone else of the cooperative.",
  ),
  FunderNeedsFunder: defineError(
    "users.funder_needs_funder",
    "invalid",
    "De rol 'financier' hoort bij een financier. Maak daarvoor een nieuw account met de financier erbij.",
    "The role 'funder' belongs to a funder. Create a new account with the funder for that.",
  ),
};
