import { useMemo, useState } from "react";
import { FUNDER_TYPE_NAMES, FUNDER_TYPES } from "../../../domain/finance/categories";
import { computeMultiYear, type MultiYearPlan } from "../../../domain/planning/multi-year-plan";
import type { YearRealisation } from "../../../domain/planning/realisation";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import "./planning.css";

const num = (s: string) => {
  const n = Number(s.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : 0;
};

interface PlanAnswer {
  plan: MultiYearPlan;
  realised: (YearRealisation | null)[];
  cities: string[];
}

/** The multi-year plan of seed 002 for a city or the cooperative: results, costs and financing per year. */
export function MultiYearPage() {
  const { t, locale } = useI18n();
  const [name, setName] = useState("Coöperatie");
  const [refYear, setRefYear] = useState(String(new Date().getFullYear() - 1));
  const [plan, setPlan] = useState<MultiYearPlan | null>(null);
  const [saved, setSaved] = useState(false);
  const [realised, setRealised] = useState<(YearRealisation | null)[]>([]);
  const [cities, setCities] = useState<string[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const nf = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");
  const figures = useMemo(() => (plan ? computeMultiYear(plan) : null), [plan]);

  async function open() {
    try {
      const r = await api<PlanAnswer & { saved: boolean }>(
        `/api/planning/plans/${encodeURIComponent(name)}?referenceYear=${encodeURIComponent(refYear)}`,
      );
      setPlan(r.plan);
      setSaved(r.saved);
      setRealised(r.realised);
      setCities(r.cities);
      setMessage(null);
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }
  async function save() {
    try {
      const r = await api<PlanAnswer>("/api/planning/plans", { method: "PUT", body: plan });
      setSaved(true);
      setRealised(r.realised);
      setMessage({ text: t("planning.plan.saved", { name: plan!.name }) });
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }
  const edit = (fn: (p: MultiYearPlan) => void) => {
    const copy = structuredClone(plan!);
    fn(copy);
    setPlan(copy);
  };
  const row = (label: string, values: number[], set: (p: MultiYearPlan, i: number, n: number) => void) => (
    <tr>
      <td>{label}</td>
      {values.map((v, i) => (
        <td key={figures!.years[i]} className="num">
          <input
            aria-label={`${label} ${figures!.years[i]}`}
            inputMode="decimal"
            value={String(v)}
            onChange={(e) => edit((p) => set(p, i, num(e.target.value)))}
          />
        </td>
      ))}
    </tr>
  );
  const realisedRow = (label: string, pick: (r: YearRealisation) => number, testId: string) => (
    <tr className="realised">
      <td>{label}</td>
      {figures!.years.map((y, i) => (
        <td key={y} className="num" data-testid={`${testId}-${i}`}>
          {realised[i] ? nf.format(pick(realised[i])) : "–"}
        </td>
      ))}
    </tr>
  );
  const shown = (label: string, values: (number | null)[], testId?: string) => (
    <tr>
      <th>{label}</th>
      {values.map((v, i) => (
        <th key={figures!.years[i]} className="num" data-testid={testId ? `${testId}-${i}` : undefined}>
          {v === null ? "–" : nf.format(v)}
        </th>
      ))}
    </tr>
  );

  return (
    <div className="grid">
      <h1>{t("planning.plan.title")}</h1>
      <section className="card scan-filters">
        <label>
          {t("planning.plan.name")}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t("planning.plan.reference")}
          <input value={refYear} onChange={(e) => setRefYear(e.target.value)} inputMode="numeric" size={5} />
        </label>
        <button type="button" onClick={open}>
          {t("planning.plan.open")}
        </button>
        {plan && (
          <label>
            {t("planning.plan.area")}
            <select
              value={plan.city ?? ""}
              onChange={(e) =>
                edit((p) => {
                  p.city = e.target.value || null;
                })
              }
            >
              <option value="">{t("planning.plan.allRooms")}</option>
              {cities.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        )}
        {plan && (
          <button type="button" className="primary" onClick={save}>
            {t("planning.case.save")}
          </button>
        )}
        {plan &&
          saved &&
          (["docx", "pdf", "xlsx"] as const).map((f) => (
            <a
              key={f}
              className="button"
              download
              href={`/api/planning/plans/${encodeURIComponent(plan.name)}/export?format=${f}`}
            >
              {f.toUpperCase()}
            </a>
          ))}
        {message && (
          <p className={message.error ? "error" : "muted"} role="status">
            {message.text}
          </p>
        )}
      </section>
      {plan && figures && (
        <section className="card table-wrap">
          <table className="case-grid">
            <thead>
              <tr>
                <th>{t("planning.plan.results")}</th>
                {figures.years.map((y, i) => (
                  <th key={y} className="num">
                    {y}
                    {i === 0 ? ` (${t("planning.plan.ref")})` : ""}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown(t("planning.plan.rooms"), figures.rooms, "rooms")}
              {row(t("planning.plan.volunteers"), plan.volunteers, (p, i, n) => {
                p.volunteers[i] = n;
              })}
              {row(t("planning.plan.participants"), plan.participants, (p, i, n) => {
                p.participants[i] = n;
              })}
              <tr>
                <th colSpan={5}>
                  {t("planning.plan.realised", { area: plan.city ?? t("planning.plan.allRooms") })}
                </th>
              </tr>
              {realisedRow(t("planning.plan.rooms"), (r) => r.rooms, "real-rooms")}
              {realisedRow(
                t("planning.plan.volunteers"),
                (r) => r.volunteersAndKeyHolders,
                "real-volunteers",
              )}
              {realisedRow(t("planning.plan.participants"), (r) => r.participants, "real-participants")}
              <tr>
                <th colSpan={5}>{t("planning.plan.costs")}</th>
              </tr>
              <tr>
                <td>{t("planning.plan.existingRooms")}</td>
                <td className="num">
                  <input
                    aria-label={t("planning.plan.existingRooms")}
                    inputMode="numeric"
                    value={String(plan.existing.rooms)}
                    onChange={(e) =>
                      edit((p) => {
                        p.existing.rooms = num(e.target.value);
                      })
                    }
                  />
                </td>
              </tr>
              {row(plan.existing.label, plan.existing.costs, (p, i, n) => {
                p.existing.costs[i] = n;
              })}
              {figures.costRows.slice(1).map((r, k) => (
                <tr key={`${r.label}-${plan.newRooms[k].startYear}-${plan.newRooms[k].costFirstYear}`}>
                  <td>
                    {r.label} ({t("planning.plan.from")} {plan.newRooms[k].startYear},{" "}
                    {plan.newRooms[k].variant})
                  </td>
                  {r.costs.map((c, i) => (
                    <td key={figures.years[i]} className="num">
                      {nf.format(c)}
                    </td>
                  ))}
                </tr>
              ))}
              {shown(t("planning.plan.totalCosts"), figures.totalCosts, "costs")}
              {shown(t("planning.plan.perRoom"), figures.costPerRoom)}
              <tr>
                <th colSpan={5}>{t("planning.case.financing")}</th>
              </tr>
              {FUNDER_TYPES.map((f) =>
                row(
                  FUNDER_TYPE_NAMES[f][locale === "en" ? "en" : "nl"],
                  plan.financing[f] ?? [0, 0, 0, 0],
                  (p, i, n) => {
                    p.financing[f] = [...(p.financing[f] ?? [0, 0, 0, 0])];
                    p.financing[f]![i] = n;
                  },
                ),
              )}
              {shown(t("planning.plan.totalFinancing"), figures.totalFinancing)}
              {shown(t("planning.case.balance"), figures.balance, "balance")}
            </tbody>
          </table>
          <NewRoomForm
            years={figures.years}
            onAdd={(r) =>
              edit((p) => {
                p.newRooms.push(r);
              })
            }
          />
        </section>
      )}
    </div>
  );
}

function NewRoomForm({
  years,
  onAdd,
}: {
  years: number[];
  onAdd: (r: MultiYearPlan["newRooms"][number]) => void;
}) {
  const { t } = useI18n();
  const [label, setLabel] = useState("");
  const [start, setStart] = useState(String(years[1]));
  const [variant, setVariant] = useState<"light" | "full">("full");
  const [first, setFirst] = useState("109000");
  const [after, setAfter] = useState("101000");
  return (
    <form
      aria-label={t("planning.plan.newRoom")}
      className="scan-filters"
      onSubmit={(e) => {
        e.preventDefault();
        if (!label.trim()) return;
        onAdd({
          label: label.trim(),
          startYear: Number(start),
          variant,
          costFirstYear: num(first),
          costAfter: num(after),
        });
        setLabel("");
      }}
    >
      <label>
        {t("planning.plan.newRoom")}
        <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label>
        {t("planning.plan.startYear")}
        <select value={start} onChange={(e) => setStart(e.target.value)}>
          {years.slice(1).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <label>
        {t("planning.plan.variant")}
        <select value={variant} onChange={(e) => setVariant(e.target.value as "light" | "full")}>
          <option value="light">light</option>
          <option value="full">full</option>
        </select>
      </label>
      <label>
        {t("planning.plan.costFirst")}
        <input value={first} onChange={(e) => setFirst(e.target.value)} inputMode="decimal" size={8} />
      </label>
      <label>
        {t("planning.plan.costAfter")}
        <input value={after} onChange={(e) => setAfter(e.target.value)} inputMode="decimal" size={8} />
      </label>
      <button type="submit">{t("planning.plan.add")}</button>
    </form>
  );
}
