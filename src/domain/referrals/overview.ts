import type { OverviewRow } from "./ports";

export interface DirectionCounts {
  total: number;
  connected: number;
  notConnected: number;
  pending: number;
}

export interface OverviewFigures {
  in: DirectionCounts;
  out: DirectionCounts;
  /**
   * Percentage (0–100) of outgoing referrals that connected among those decided, as INTERCHANGE
   * defines output.referrals' connected_pct; null when none is decided.
   */
  connectedPct: number | null;
  /** Median days from an outgoing referral to its connection, over those with an outcome date. */
  medianDaysToConnect: number | null;
  /** Not-connected referrals (either direction) per reason; `unknown` for imported rows without one. */
  reasons: { reason: string; count: number }[];
}

export interface ReferralOverview {
  total: OverviewFigures;
  rooms: ({ roomId: string } & OverviewFigures)[];
  partners: ({ partnerId: number; partnerName: string } & OverviewFigures)[];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function figures(rows: readonly OverviewRow[]): OverviewFigures {
  const counts = (): DirectionCounts => ({ total: 0, connected: 0, notConnected: 0, pending: 0 });
  const f = { in: counts(), out: counts() };
  const days: number[] = [];
  const reasons = new Map<string, number>();
  for (const r of rows) {
    const c = f[r.direction];
    c.total++;
    if (r.status === "connected") {
      c.connected++;
      if (r.direction === "out" && r.outcomeDate) days.push(daysBetween(r.date, r.outcomeDate));
    } else if (r.status === "not_connected") {
      c.notConnected++;
      const key = r.reason ?? "unknown";
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    } else c.pending++;
  }
  const decided = f.out.connected + f.out.notConnected;
  return {
    ...f,
    connectedPct: decided > 0 ? (f.out.connected * 100) / decided : null,
    medianDaysToConnect: median(days),
    reasons: [...reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}

function groupBy<K>(rows: readonly OverviewRow[], key: (r: OverviewRow) => K): Map<K, OverviewRow[]> {
  const m = new Map<K, OverviewRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** The referral overview of a set of rooms: together, per room, and per partner (most referrals first). */
export function computeOverview(rows: readonly OverviewRow[], roomIds: readonly string[]): ReferralOverview {
  const byRoom = groupBy(rows, (r) => r.roomId);
  const byPartner = groupBy(rows, (r) => r.partnerId);
  return {
    total: figures(rows),
    rooms: roomIds.map((roomId) => ({ roomId, ...figures(byRoom.get(roomId) ?? []) })),
    partners: [...byPartner.values()]
      .map((list) => ({ partnerId: list[0].partnerId, partnerName: list[0].partnerName, ...figures(list) }))
      .sort(
        (a, b) =>
          b.in.total + b.out.total - (a.in.total + a.out.total) || a.partnerName.localeCompare(b.partnerName),
      ),
  };
}
