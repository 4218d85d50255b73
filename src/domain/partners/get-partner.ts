import { PartnerErrors } from "./partners.errors";
import type { Partner, PartnersRepository } from "./ports";

export async function getPartner(deps: { partners: PartnersRepository }, id: number): Promise<Partner> {
  const p = await deps.partners.get(id);
  if (!p) throw PartnerErrors.NotFound();
  return p;
}
