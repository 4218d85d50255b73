import { fromCents, toCents } from "./categories";

export interface LandlordShare {
  landlord: string;
  tenants: number;
  /** Share of the room's participants (all participants, with or without a landlord). */
  share: number | null;
  /** Is this landlord a housing corporation taking part in the pro-rata split? */
  corporation: boolean;
  /** What this corporation would pay if the corporations' part were split by tenants. */
  proRata: number | null;
}

function key(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Housing corporations pay pro rata to the share of their tenants among the participants
 * (DOMAIN.md §1). Landlords are free text on a person; names that match a registered housing
 * corporation (ignoring case and spaces) take part in the split. Without any registered
 * corporation every named landlord takes part, so the screen still shows a split.
 */
export function housingCorporationShares(input: {
  participants: number;
  tenantsByLandlord: { landlord: string; tenants: number }[];
  corporations: string[];
  corporationsPart: number;
}): LandlordShare[] {
  const merged = new Map<string, { landlord: string; tenants: number }>();
  for (const t of input.tenantsByLandlord) {
    if (!t.landlord.trim()) continue;
    const k = key(t.landlord);
    const m = merged.get(k) ?? { landlord: t.landlord.trim(), tenants: 0 };
    m.tenants += t.tenants;
    merged.set(k, m);
  }
  const registered = new Set(input.corporations.map(key));
  const inSplit = (k: string) => registered.size === 0 || registered.has(k);
  const splitTenants = [...merged.entries()]
    .filter(([k]) => inSplit(k))
    .reduce((s, [, m]) => s + m.tenants, 0);
  const part = toCents(input.corporationsPart);
  return [...merged.entries()]
    .sort(([, a], [, b]) => b.tenants - a.tenants || a.landlord.localeCompare(b.landlord))
    .map(([k, m]) => ({
      landlord: m.landlord,
      tenants: m.tenants,
      share: input.participants ? m.tenants / input.participants : null,
      corporation: inSplit(k),
      proRata: inSplit(k) && splitTenants ? fromCents(Math.round((part * m.tenants) / splitTenants)) : null,
    }));
}
