import { type Actor, canSeeRoom } from "../auth/roles";
import { isPartnerType } from "./partner-types";
import { PartnerErrors } from "./partners.errors";
import type { PartnerFields, PartnersRepository } from "./ports";

export interface SavePartnerInput {
  name: string;
  type?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  standingAgreement?: boolean;
  /** Rooms that work with the partner; a coordinator changes only the links of their own rooms. */
  rooms?: string[];
}

function text(field: string, value: string | null | undefined, max: number): string | null {
  const t = value?.trim() ?? "";
  if (t.length > max) throw PartnerErrors.TooLong({ field, max });
  return t === "" ? null : t;
}

/** Adds a partner (id undefined) or changes one. Partners are shared by the whole cooperative. */
export async function savePartner(
  deps: { partners: PartnersRepository },
  actor: Actor,
  id: number | undefined,
  input: SavePartnerInput,
): Promise<{ id: number }> {
  const name = text("name", input.name, 120);
  if (!name) throw PartnerErrors.NameRequired();
  const existing = id === undefined ? null : await deps.partners.get(id);
  if (id !== undefined && !existing) throw PartnerErrors.NotFound();
  const type = text("type", input.type, 60);
  // An imported type that is not one of ours may stay; a new choice must be one of ours.
  if (type !== null && !isPartnerType(type) && type !== existing?.type)
    throw PartnerErrors.UnknownType({ type });
  const phone = text("contactPhone", input.contactPhone, 30);
  if (phone !== null && !/^\+?[0-9][0-9 ()-]{5,}$/.test(phone)) throw PartnerErrors.BadPhone({ phone });
  const fields: PartnerFields = {
    name,
    type,
    contactName: text("contactName", input.contactName, 120),
    contactPhone: phone,
    standingAgreement: input.standingAgreement ?? false,
  };
  const other = await deps.partners.idByName(name);
  if (other !== null && other !== id) throw PartnerErrors.DuplicateName({ name });

  const rooms = [...new Set(input.rooms ?? [])];
  for (const r of rooms) if (!canSeeRoom(actor, r)) throw PartnerErrors.UnknownRoom({ room: r });
  const found = await deps.partners.roomsExist(rooms);
  const missing = rooms.find((r) => !found.includes(r));
  if (missing) throw PartnerErrors.UnknownRoom({ room: missing });

  let partnerId: number;
  if (id === undefined) partnerId = await deps.partners.insert(fields);
  else {
    partnerId = id;
    await deps.partners.update(id, fields);
  }
  if (input.rooms !== undefined)
    await deps.partners.setRooms(partnerId, rooms, actor.role === "cooperative" ? "all" : actor.rooms);
  return { id: partnerId };
}
