import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "./dashboard.css";
import { DashboardView } from "./dashboard-view";
import type { DashboardData, ReportExtras } from "./status";
import { useYear, YearPicker } from "./year-picker";

/** The dashboard over all rooms the user may see, or a chosen set: a resident counts once. */
export function AllRoomsDashboardPage() {
  const { t } = useI18n();
  const { rooms } = useSession();
  const [year, setYear] = useYear();
  const [chosen, setChosen] = useState<string[]>([]);
  const [shown, setShown] = useState<string[]>([]);
  const roomsParam = shown.length > 0 ? shown.join(",") : "all";
  const { data, error, loading } = useApi<DashboardData>(`/api/dashboard?year=${year}&rooms=${roomsParam}`);
  const report = useApi<{ indicators: ReportExtras }>(`/api/indicators?rooms=${roomsParam}&year=${year}`);

  function apply(e: FormEvent) {
    e.preventDefault();
    setShown(chosen);
  }
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  return (
    <section className="dashboard">
      <div className="row dashboard-head">
        <h1>{t("dashboard.allTitle")}</h1>
        <YearPicker year={year} onChange={setYear} />
      </div>
      <form className="card room-chooser" onSubmit={apply}>
        <fieldset>
          <legend>{t("dashboard.rooms")}</legend>
          {rooms.map((r) => (
            <label key={r.id} className="inline">
              <input type="checkbox" checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} />
              {r.name}
            </label>
          ))}
          <p className="muted small">
            {chosen.length === 0 ? t("dashboard.rooms.all") : ""} {t("dashboard.rooms.once")}
          </p>
        </fieldset>
        <button type="submit" className="primary">
          {t("dashboard.rooms.apply")}
        </button>
      </form>
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
