import { type FormEvent, useState } from "react";
import { hoursShare } from "../../../domain/finance/compute-finance";
import type { RoomFinance } from "../../../domain/finance/get-room-finance";
import { useI18n } from "../../i18n/index";
import { euro, hours, parseDecimal, pct } from "./format";

interface Props {
  data: RoomFinance;
  editable: boolean;
  run: (path: string, method: string, body?: unknown) => Promise<boolean>;
}

/** The year's hourly rates and the popular investment, planned (agreement) against realised (hours). */
export function PopularSection({ data, editable, run }: Props) {
  const { t, locale } = useI18n();
  const [rates, setRates] = useState({
    volunteer: String(data.rates.volunteerHourly),
    staff: String(data.rates.staffHourly),
  });
  const [plan, setPlan] = useState({
    volunteer: data.plan ? String(data.plan.volunteerHours) : "",
    staff: data.plan ? String(data.plan.staffUnpaidHours) : "",
  });
  const r = data.report;
  const planned = r.popular_planned;
  const realised = r.popular;

  async function saveRates(e: FormEvent) {
    e.preventDefault();
    await run(`/api/finance/rates/${data.year}`, "PUT", {
      volunteerHourly: parseDecimal(rates.volunteer),
      staffHourly: parseDecimal(rates.staff),
    });
  }
  async function savePlan(e: FormEvent) {
    e.preventDefault();
    await run(`/api/rooms/${data.roomId}/finance/plan`, "PUT", {
      year: data.year,
      volunteerHours: parseDecimal(plan.volunteer),
      staffUnpaidHours: parseDecimal(plan.staff),
    });
  }

  const rows: [string, string, string][] = [
    [
      t("finance.volunteerHours"),
      data.plan ? hours(data.plan.volunteerHours, locale) : "–",
      hours(r.hours.volunteer, locale),
    ],
    [
      t("finance.volunteerValue"),
      euro(planned?.volunteer_value, locale),
      euro(realised.volunteer_value, locale),
    ],
    [
      t("finance.staffHours"),
      data.plan ? hours(data.plan.staffUnpaidHours, locale) : "–",
      hours(r.hours.staff_unpaid, locale),
    ],
    [t("finance.staffValue"), euro(planned?.staff_value, locale), euro(realised.staff_value, locale)],
    [t("finance.formal"), euro(r.financing.formal, locale), euro(r.financing.formal, locale)],
    [t("finance.popularTotal"), euro(planned?.total, locale), euro(realised.total, locale)],
    [t("finance.formalShare"), pct(planned?.formal_share), pct(realised.formal_share)],
    [t("finance.hoursShare"), planned ? pct(hoursShare(planned)) : "–", pct(hoursShare(realised))],
  ];

  return (
    <section aria-labelledby="fin-popular">
      <h2 id="fin-rates">{t("finance.rates", { year: data.year })}</h2>
      <p>
        {t("finance.rate.volunteer")}: <strong>{euro(data.rates.volunteerHourly, locale)}</strong> ·{" "}
        {t("finance.rate.staff")}: <strong>{euro(data.rates.staffHourly, locale)}</strong>{" "}
        <span className="muted">
          ({t(data.rates.source === "own" ? "finance.rate.own" : "finance.rate.default")})
        </span>
      </p>
      {editable && (
        <form className="card row" onSubmit={saveRates} aria-labelledby="fin-rates">
          <label>
            {t("finance.rate.volunteer")}
            <input
              required
              inputMode="decimal"
              size={6}
              value={rates.volunteer}
              onChange={(e) => setRates({ ...rates, volunteer: e.target.value })}
            />
          </label>
          <label>
            {t("finance.rate.staff")}
            <input
              required
              inputMode="decimal"
              size={6}
              value={rates.staff}
              onChange={(e) => setRates({ ...rates, staff: e.target.value })}
            />
          </label>
          <button type="submit">{t("common.save")}</button>
        </form>
      )}
      <h2 id="fin-popular">{t("finance.popular")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th />
              <th className="num">
                {t("finance.planned")}
                {!planned && <span className="muted small"> ({t("finance.noPlan")})</span>}
              </th>
              <th className="num">{t("finance.realised")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, p, q]) => (
              <tr key={label}>
                <td>{label}</td>
                <td className="num">{p}</td>
                <td className="num">{q}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <form className="card row" onSubmit={savePlan} aria-label={t("finance.savePlan")}>
          <label>
            {t("finance.volunteerHours")}
            <input
              required
              inputMode="decimal"
              size={7}
              value={plan.volunteer}
              onChange={(e) => setPlan({ ...plan, volunteer: e.target.value })}
            />
          </label>
          <label>
            {t("finance.staffHours")}
            <input
              required
              inputMode="decimal"
              size={7}
              value={plan.staff}
              onChange={(e) => setPlan({ ...plan, staff: e.target.value })}
            />
          </label>
          <button type="submit">{t("finance.savePlan")}</button>
        </form>
      )}
    </section>
  );
}
