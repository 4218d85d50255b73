import { INDICATOR_GROUPS } from "../../../domain/indicators/definitions";
import { useI18n } from "../../i18n/index";
import { GrowthChart } from "./growth-chart";
import { MonthBars } from "./sparkline";
import {
  type DashboardData,
  type DashboardRow,
  formatTarget,
  formatValue,
  indicatorStatus,
  type ReportExtras,
} from "./status";

/** The housing-corporation mark: an icon with a text for screen readers, explained in the legend. */
export function HousingMark() {
  const { t } = useI18n();
  return (
    <span className="housing-mark" title={t("dashboard.housing")}>
      <span aria-hidden="true">⌂</span>
      <span className="sr-only">{t("dashboard.housing")}</span>
    </span>
  );
}

function StatusCell({ id, row }: { id: string; row: DashboardRow }) {
  const { t } = useI18n();
  const s = indicatorStatus(id, row);
  if (s.kind === "too_early" || s.kind === "none") return <td className="muted">–</td>;
  if (s.kind === "no_data") return <td className="muted">{t("dashboard.noData")}</td>;
  const word =
    s.kind === "reached"
      ? t("dashboard.status.reached")
      : s.kind === "on_track"
        ? t("dashboard.status.onTrack")
        : t("dashboard.status.notYet");
  return (
    <td className={`status status-${s.kind}`}>
      {s.pct !== null && (
        <span
          className="meter"
          role="img"
          aria-label={t("dashboard.status.pct", { pct: Math.round(s.pct) })}
          title={t("dashboard.status.pct", { pct: Math.round(s.pct) })}
        >
          <span style={{ width: `${Math.min(100, s.pct)}%` }} />
        </span>
      )}
      <span className="status-word">{word}</span>
    </td>
  );
}

function TargetCell({ id, row }: { id: string; row: DashboardRow }) {
  const { t, locale } = useI18n();
  const f = formatTarget(id, row, locale);
  if (f.kind === "too_early") return <td className="num muted">{t("dashboard.tooEarly")}</td>;
  if (f.kind === "none") return <td className="num muted">{t("dashboard.noTarget")}</td>;
  if (f.kind === "positive") return <td className="num">{t("dashboard.positive")}</td>;
  return <td className="num">{f.text}</td>;
}

function ValueCell({ id, row, extra }: { id: string; row: DashboardRow; extra?: ReportExtras[string] }) {
  const { t, locale } = useI18n();
  const v =
    row.value === "positive"
      ? t("dashboard.positive")
      : row.value === "negative"
        ? t("dashboard.negative")
        : formatValue(id, row.value, locale);
  return (
    <td className="num">
      <strong>{v}</strong>
      {typeof extra?.of === "number" && (
        <span className="muted small"> {t("dashboard.of", { n: extra.of })}</span>
      )}
      {typeof extra?.named === "number" && extra.named !== row.value && (
        <div className="muted small">{t("dashboard.named", { n: extra.named })}</div>
      )}
    </td>
  );
}

/** The growth for a funder or board: a plain table, small moves merged and hidden (no flow widths to measure). */
function SmallCellGrowth({ rows }: { rows: NonNullable<DashboardData["small_cells"]>["growth"] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="muted">{t("dashboard.growth.none")}</p>;
  const label = (s: string | null) => (s === null ? t("dashboard.growth.new") : t(`dashboard.stage.${s}`));
  return (
    <div className="table-wrap">
      <table className="growth-table">
        <thead>
          <tr>
            <th scope="col">{t("dashboard.growth.from")}</th>
            <th scope="col">{t("dashboard.growth.to")}</th>
            <th scope="col" className="num">
              {t("dashboard.growth.residents")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.from}-${r.to}`}>
              {r.to === "overig" ? (
                <td colSpan={2}>{t("dashboard.growth.other")}</td>
              ) : (
                <>
                  <td>{label(r.from)}</td>
                  <td>{label(r.to)}</td>
                </>
              )}
              <td className="num">{r.residents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every indicator against its target, grouped IMPACT / OUTPUT / PROCESS / INPUT, and the growth chart. */
export function DashboardView({ data, extras }: { data: DashboardData; extras: ReportExtras | undefined }) {
  const { t, locale } = useI18n();
  const ids = Object.keys(data.indicators);
  return (
    <>
      <p className="muted">
        {data.as_of ? t("dashboard.asOf", { date: data.as_of }) : t("dashboard.future")}{" "}
        {t("dashboard.intro")}
      </p>
      {data.small_cells && data.as_of && (
        <p className="small-cells-note">{t("dashboard.smallCells.note", { date: data.as_of })}</p>
      )}
      <div className="table-wrap">
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.col.indicator")}</th>
              <th scope="col" className="num">
                {t("dashboard.col.value")}
              </th>
              <th scope="col" className="num">
                {t("dashboard.col.target")}
              </th>
              <th scope="col">{t("dashboard.col.status")}</th>
              <th scope="col" className="num">
                {t("dashboard.col.projection")}
              </th>
              <th scope="col">{t("dashboard.col.months")}</th>
            </tr>
          </thead>
          {INDICATOR_GROUPS.map((g) => (
            <tbody key={g}>
              <tr className="group-row">
                <th colSpan={6} scope="colgroup">
                  {t(`dashboard.group.${g}`)}
                </th>
              </tr>
              {ids
                .filter((id) => data.indicators[id].group === g)
                .map((id) => {
                  const row = data.indicators[id];
                  return (
                    <tr key={id} data-indicator={id}>
                      <th scope="row" className="indicator-name">
                        {locale === "en" ? row.en : row.nl} {row.housing && <HousingMark />}
                      </th>
                      <ValueCell id={id} row={row} extra={extras?.[id]} />
                      <TargetCell id={id} row={row} />
                      <StatusCell id={id} row={row} />
                      <td className="num muted">
                        {typeof row.projection === "number" &&
                        formatValue(id, row.projection, locale) !== formatValue(id, row.value, locale)
                          ? `± ${formatValue(id, row.projection, locale)}`
                          : "–"}
                      </td>
                      <td>
                        <MonthBars id={id} series={row.series} months={data.months} />
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted small legend">
        <HousingMark /> {t("dashboard.legend.housing")}
        <br />
        {t("dashboard.legend.projection")}
        <br />
        {t("dashboard.legend.named")}
      </p>
      <h2>{t("dashboard.growth.title")}</h2>
      <p className="muted">{t("dashboard.growth.intro")}</p>
      {data.small_cells ? (
        <SmallCellGrowth rows={data.small_cells.growth} />
      ) : (
        <GrowthChart flows={data.growth} />
      )}
    </>
  );
}
