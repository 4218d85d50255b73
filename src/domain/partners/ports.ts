export interface Partner {
  id: number;
  name: string;
  /** One of PARTNER_TYPES, or an imported free text. */
  type: string | null;
  contactName: string | null;
  contactPhone: string | null;
  standingAgreement: boolean;
  /** Rooms that work with this partner. */
  rooms: string[];
  /** Referrals with this partner in the rooms asked for (all rooms when none). */
  referrals: number;
  /** Rooms (among those asked for) with a referral with this partner: they work together too. */
  referralRooms: string[];
}

export interface PartnerFields {
  name: string;
  type: string | null;
  contactName: string | null;
  contactPhone: string | null;
  standingAgreement: boolean;
}

/** Storage for partners (src/db/partners.repository.ts). */
export interface PartnersRepository {
  /** Every partner; referral counts over `roomIds` (all rooms with "all"). */
  list(roomIds: string[] | "all"): Promise<Partner[]>;
  get(id: number): Promise<Partner | null>;
  /** The id of the partner with this name (case and spaces ignored), if any. */
  idByName(name: string): Promise<number | null>;
  insert(fields: PartnerFields): Promise<number>;
  update(id: number, fields: PartnerFields): Promise<void>;
  /** Links exactly `rooms` among `editable`; links to other rooms stay as they are. */
  setRooms(id: number, rooms: string[], editable: string[] | "all"): Promise<void>;
  roomsExist(ids: string[]): Promise<string[]>;
}
