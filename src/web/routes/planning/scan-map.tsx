import type { ScanMap } from "../../../domain/planning/scan-map";
import { useI18n } from "../../i18n/index";

/** Colours readable for colour-blind users (Okabe–Ito) and with a text legend. */
export const CLASS_COLOURS: Record<string, string> = {
  thuisbuurt: "#D55E00",
  zoekbuurt: "#E69F00",
  werkbuurt: "#56B4E9",
  probuurt: "#009E73",
  none: "#cccccc",
};

export function ScanMapView({ map, source, selected }: { map: ScanMap; source: string; selected?: string }) {
  const { t } = useI18n();
  if (map.areas.length === 0) return <p className="muted">{t("planning.map.none")}</p>;
  return (
    <figure className="scan-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={t("planning.map.title")}>
        {map.areas.map((a) => (
          <path
            key={a.code}
            d={a.path}
            fill={CLASS_COLOURS[a.scanClass ?? "none"]}
            fillRule="evenodd"
            strokeWidth={a.code === selected ? 3 : undefined}
          >
            <title>{`${a.name} (${a.code}): ${a.scanClass ? t(`planning.class.${a.scanClass}`) : t("planning.class.none")}`}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        <div className="scan-legend">
          {["thuisbuurt", "zoekbuurt", "werkbuurt", "probuurt", "none"].map((c) => (
            <span key={c} style={{ "--c": CLASS_COLOURS[c] } as React.CSSProperties}>
              {t(`planning.class.${c}`)}
            </span>
          ))}
        </div>
        <span className="source">{source}</span>
      </figcaption>
    </figure>
  );
}
