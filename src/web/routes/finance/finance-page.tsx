import { useParams, useSearchParams } from "react-router";
import type { RoomFinance } from "../../../domain/finance/get-room-finance";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { BudgetSection } from "./budget-section";
import { FinancingSection } from "./financing-section";
import { PopularSection } from "./popular-section";
import { HousingSection, PettyCashSection, SpendingSection } from "./spending-section";
import { useAction } from "./use-action";

/**
 * The finance page of a room and year: budget, financing, rates, popular investment, spending,
 * petty cash and housing corporations' share. The cooperative edits; coordinators read.
 */
export function FinancePage() {
  const { roomId } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t, locale } = useI18n();
  const { me, rooms } = useSession();
  const year = Number(search.get("year")) || new Date().getFullYear();
  const { data, error, loading, reload } = useApi<RoomFinance>(`/api/rooms/${roomId}/finance?year=${year}`);
  const { message, run } = useAction(t, reload, locale);
  const editable = me?.role === "cooperative";
  const roomName = rooms.find((r) => r.id === roomId)?.name ?? roomId ?? "";

  return (
    <section className="finance">
      <h1>{t("finance.title", { room: roomName })}</h1>
      <label className="inline">
        {t("finance.year")}
        <select value={year} onChange={(e) => setSearch({ year: e.target.value })}>
          {Array.from({ length: 9 }, (_, i) => new Date().getFullYear() + 1 - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
          {year > new Date().getFullYear() + 1 || year < new Date().getFullYear() - 7 ? (
            <option value={year}>{year}</option>
          ) : null}
        </select>
      </label>
      {!editable && <p className="muted">{t("finance.readOnly")}</p>}
      {message && (
        <p
          className={message.kind === "error" ? "error" : message.kind === "warning" ? "warning" : "muted"}
          role="alert"
        >
          {message.text}
        </p>
      )}
      {loading && !data && <p>{t("common.loading")}</p>}
      {error && !data && <p className="error">{error.message}</p>}
      {data && data.year === year && (
        <>
          {data.warnings.map((w) => (
            <p key={w.code} className="warning">
              {w[locale]}
            </p>
          ))}
          <BudgetSection data={data} editable={editable} run={run} />
          <FinancingSection data={data} editable={editable} run={run} />
          <PopularSection
            key={`${data.year}-${data.rates.volunteerHourly}-${data.rates.staffHourly}-${data.plan?.volunteerHours}-${data.plan?.staffUnpaidHours}`}
            data={data}
            editable={editable}
            run={run}
          />
          <SpendingSection data={data} editable={editable} run={run} reload={reload} />
          <PettyCashSection data={data} editable={editable} run={run} />
          <HousingSection data={data} />
        </>
      )}
    </section>
  );
}
