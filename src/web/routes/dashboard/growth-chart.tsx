import { LADDER_STAGES } from "../../../domain/people/ladder";
import { useI18n } from "../../i18n/index";

export interface GrowthFlow {
  from: string | null;
  to: string;
  residents: number;
}

const rank = (stage: string | null) =>
  stage === null ? -1 : (LADDER_STAGES as readonly string[]).indexOf(stage);

const W = 640;
const LEFT = 190;
const RIGHT = W - 200;
const GAP = 10;

/**
 * The ladder's growth as a flow diagram: stages before on the left, stages reached on the right,
 * a band per move as wide as the number of residents. A table says the same for screen readers.
 */
export function GrowthChart({ flows }: { flows: GrowthFlow[] }) {
  const { t } = useI18n();
  const label = (s: string | null) => (s === null ? t("dashboard.growth.new") : t(`dashboard.stage.${s}`));
  const total = flows.reduce((n, f) => n + f.residents, 0);
  if (total === 0) return <p className="muted">{t("dashboard.growth.none")}</p>;

  const lefts = [...new Set(flows.map((f) => f.from))].sort((a, b) => rank(a) - rank(b));
  const rights = [...new Set(flows.map((f) => f.to))].sort((a, b) => rank(a) - rank(b));
  const height = Math.max(160, 24 * Math.max(lefts.length, rights.length) + 120);
  const unit = (height - GAP * (Math.max(lefts.length, rights.length) - 1) - 20) / total;

  // Node positions: each node as tall as the residents through it.
  const place = (keys: (string | null)[], sum: (k: string | null) => number) => {
    const at = new Map<string | null, { y: number; h: number }>();
    let y = 10;
    for (const k of keys) {
      const h = sum(k) * unit;
      at.set(k, { y, h });
      y += h + GAP;
    }
    return at;
  };
  const leftAt = place(lefts, (k) => flows.filter((f) => f.from === k).reduce((n, f) => n + f.residents, 0));
  const rightAt = place(rights, (k) => flows.filter((f) => f.to === k).reduce((n, f) => n + f.residents, 0));

  // Bands leave a left node in the order of their target, and enter a right node in the order of their source.
  const outOffset = new Map<string | null, number>();
  const inOffset = new Map<string, number>();
  const ordered = [...flows].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
  const bands = ordered.map((f) => {
    const l = leftAt.get(f.from)!;
    const r = rightAt.get(f.to)!;
    const h = f.residents * unit;
    const y0 = l.y + (outOffset.get(f.from) ?? 0);
    const y1 = r.y + (inOffset.get(f.to) ?? 0);
    outOffset.set(f.from, (outOffset.get(f.from) ?? 0) + h);
    inOffset.set(f.to, (inOffset.get(f.to) ?? 0) + h);
    const mid = (LEFT + RIGHT) / 2;
    const d = `M${LEFT},${y0} C${mid},${y0} ${mid},${y1} ${RIGHT},${y1} L${RIGHT},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${LEFT},${y0 + h} Z`;
    return { f, d };
  });

  return (
    <figure className="growth">
      <svg viewBox={`0 0 ${W} ${height}`} className="growth-svg" aria-hidden="true" focusable="false">
        {bands.map(({ f, d }) => (
          <path key={`${f.from}-${f.to}`} d={d} className={f.from === null ? "band new" : "band"}>
            <title>{`${label(f.from)} → ${label(f.to)}: ${f.residents}`}</title>
          </path>
        ))}
        {lefts.map((k) => {
          const n = leftAt.get(k)!;
          return (
            <g key={`l-${k}`}>
              <rect x={LEFT - 8} y={n.y} width={8} height={Math.max(2, n.h)} className="node" />
              <text x={LEFT - 14} y={n.y + n.h / 2} dominantBaseline="middle" textAnchor="end">
                {label(k)}
              </text>
            </g>
          );
        })}
        {rights.map((k) => {
          const n = rightAt.get(k)!;
          const count = flows.filter((f) => f.to === k).reduce((s, f) => s + f.residents, 0);
          return (
            <g key={`r-${k}`}>
              <rect x={RIGHT} y={n.y} width={8} height={Math.max(2, n.h)} className="node" />
              <text x={RIGHT + 14} y={n.y + n.h / 2} dominantBaseline="middle">
                {`${label(k)} (${count})`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t("dashboard.growth.total", { n: total })}</figcaption>
      <table className="sr-only">
        <caption>{t("dashboard.growth.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.growth.from")}</th>
            <th scope="col">{t("dashboard.growth.to")}</th>
            <th scope="col">{t("dashboard.growth.residents")}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((f) => (
            <tr key={`${f.from}-${f.to}`}>
              <td>{label(f.from)}</td>
              <td>{label(f.to)}</td>
              <td>{f.residents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
