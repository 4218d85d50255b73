import { barShares } from "./status";

const W = 108;
const H = 28;

/** Twelve small bars, one per month (year to date); decorative: the table cells carry the figures. */
export function MonthBars({
  id,
  series,
  months,
}: {
  id: string;
  series: (number | string | null)[];
  months: string[];
}) {
  const shares = barShares(id, series);
  if (shares.every((s) => s === null)) return null;
  const step = W / 12;
  return (
    <svg
      className="month-bars"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} y1={H - 0.5} x2={W} y2={H - 0.5} className="base" />
      {shares.map((s, i) =>
        s === null ? null : (
          <rect
            key={months[i] ?? i}
            x={i * step + 1}
            y={H - 1 - s * (H - 2)}
            width={step - 2}
            height={Math.max(1, s * (H - 2))}
          >
            <title>{`${months[i]?.slice(0, 7)}: ${series[i]}`}</title>
          </rect>
        ),
      )}
    </svg>
  );
}
