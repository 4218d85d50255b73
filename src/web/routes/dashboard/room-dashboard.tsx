import { Link, useParams } from "react-router";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "./dashboard.css";
import { DashboardView } from "./dashboard-view";
import type { DashboardData, ReportExtras } from "./status";
import { useYear, YearPicker } from "./year-picker";

/** The dashboard of one room (coordinator, cooperative, and the room's board). */
export function RoomDashboardPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { rooms, me } = useSession();
  const [year, setYear] = useYear();
  const { data, error, loading } = useApi<DashboardData>(`/api/rooms/${roomId}/dashboard?year=${year}`);
  // A board asks whole past quarters only: the extras over the period the dashboard shows.
  const period =
    me?.role === "board" ? (data?.as_of ? `from=${year}-01-01&to=${data.as_of}` : null) : `year=${year}`;
  const report = useApi<{ indicators: ReportExtras }>(
    period === null ? null : `/api/indicators?rooms=${roomId}&${period}`,
  );
  const name = rooms.find((r) => r.id === roomId)?.name ?? roomId ?? "";
  return (
    <section className="dashboard">
      <div className="row dashboard-head">
        <h1>{t("dashboard.title", { room: name })}</h1>
        <YearPicker year={year} onChange={setYear} />
      </div>
      {me && me.role !== "board" && (
        <p className="small">
          <Link to={`/rooms/${roomId}/targets?year=${year}`}>{t("dashboard.nav.targets")}</Link> ·{" "}
          <Link to={`/rooms/${roomId}/surveys`}>{t("dashboard.nav.surveys")}</Link>
        </p>
      )}
      {error ? (
        <p className="error">{error.message}</p>
      ) : loading || !data ? (
        <p>{t("common.loading")}</p>
      ) : (
        <DashboardView data={data} extras={report.data?.indicators} />
      )}
    </section>
  );
}
