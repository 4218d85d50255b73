import type { Actor } from "../auth/roles";
import type { Partner, PartnersRepository } from "./ports";

/**
 * Every partner of the cooperative (organisations, not residents), with referral counts in the
 * rooms this user may see.
 */
export async function listPartners(deps: { partners: PartnersRepository }, actor: Actor): Promise<Partner[]> {
  return deps.partners.list(actor.role === "cooperative" ? "all" : actor.rooms);
}
