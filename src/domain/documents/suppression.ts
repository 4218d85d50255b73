/** The smallest count a breakdown by a personal attribute may show. */
export const MIN_CELL = 5;

export interface SuppressedBreakdown {
  /** Per category the count, or null when suppressed. */
  cells: { label: string; value: number | null }[];
  /** The total, or null when it is itself under the threshold. */
  total: number | null;
  /** How many cells were hidden (primary and secondary). */
  suppressed: number;
}

/**
 * Small-cell suppression for a breakdown of people by one attribute (landlord, newcomer …):
 * every count under 5 is hidden (primary). When exactly one cell is hidden and the total is shown,
 * the total minus the visible cells would give it back, so the next-smallest visible cell is
 * hidden too (secondary). A total under 5 hides everything.
 */
export function suppressBreakdown(cells: readonly { label: string; value: number }[]): SuppressedBreakdown {
  const total = cells.reduce((s, c) => s + c.value, 0);
  if (total < MIN_CELL) {
    return {
      cells: cells.map((c) => ({ label: c.label, value: null })),
      total: null,
      suppressed: cells.length,
    };
  }
  const hidden = new Set<number>();
  cells.forEach((c, i) => {
    if (c.value < MIN_CELL) hidden.add(i);
  });
  if (hidden.size === 1) {
    let next = -1;
    cells.forEach((c, i) => {
      if (!hidden.has(i) && (next < 0 || c.value < cells[next].value)) next = i;
    });
    if (next >= 0) hidden.add(next);
  }
  return {
    cells: cells.map((c, i) => ({ label: c.label, value: hidden.has(i) ? null : c.value })),
    total,
    suppressed: hidden.size,
  };
}
