import { useEffect, useMemo, useState } from "react";
import { FUNDER_TYPE_NAMES, FUNDER_TYPES, type FunderType } from "../../../domain/finance/categories";
import {
  computeBusinessCase,
  type Scenario,
  VARIANTS,
  type Variant,
} from "../../../domain/planning/business-case";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import "./planning.css";

const num = (s: string) => {
  const n = Number(s.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : 0;
};

/** Business case for a new room: light, full (first 3 years) and full (after), editable and saved by name. */
export function BusinessCasePage() {
  const { t, locale } = useI18n();
  const list = useApi<{ scenarios: { name: string; updatedAt: string }[] }>("/api/planning/scenarios");
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const eur = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined ? "–" : `${Math.round(x * 100)}%`;

  async function load(name: string | null) {
    const path =
      name === null
        ? "/api/planning/scenarios/template"
        : `/api/planning/scenarios/${encodeURIComponent(name)}`;
    const r = await api<{ scenario: Scenario }>(path);
    setScenario(r.scenario);
    setMessage(null);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once, from the template
  useEffect(() => {
    void load(null);
  }, []);

  const result = useMemo(() => (scenario ? computeBusinessCase(scenario) : null), [scenario]);
  if (!scenario || !result) return <p className="muted">{t("planning.loading")}</p>;

  const edit = (fn: (s: Scenario) => void) => {
    const copy = structuredClone(scenario);
    fn(copy);
    setScenario(copy);
  };
  const cell = (v: Variant, value: number, set: (s: Scenario, n: number) => void, label: string) => (
    <td className="num" key={v}>
      <input
        aria-label={`${label} – ${t(`planning.variant.${v}`)}`}
        inputMode="decimal"
        value={String(value)}
        onChange={(e) => edit((s) => set(s, num(e.target.value)))}
      />
    </td>
  );
  const codes = scenario.variants.full.lines.map((l) => l.code);
  const funders = FUNDER_TYPES as readonly FunderType[];

  async function save() {
    try {
      await api("/api/planning/scenarios", { method: "PUT", body: scenario });
      setMessage({ text: t("planning.case.saved", { name: scenario!.name }) });
      list.reload();
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }

  const saved = list.data?.scenarios.some((s) => s.name === scenario.name);
  return (
    <div className="grid">
      <h1>{t("planning.case.title")}</h1>
      <section className="card scan-filters">
        <label>
          {t("planning.case.open")}
          <select
            value=""
            onChange={(e) => e.target.value && void load(e.target.value === "\u0000" ? null : e.target.value)}
          >
            <option value="">…</option>
            <option value={"\u0000"}>{t("planning.case.new")}</option>
            {list.data?.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.updatedAt})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("planning.case.name")}
          <input
            value={scenario.name}
            onChange={(e) =>
              edit((s) => {
                s.name = e.target.value;
              })
            }
          />
        </label>
        <label>
          {t("planning.case.place")}
          <input
            value={scenario.place}
            onChange={(e) =>
              edit((s) => {
                s.place = e.target.value;
              })
            }
          />
        </label>
        <button type="button" className="primary" onClick={save}>
          {t("planning.case.save")}
        </button>
        {saved && (
          <>
            <a
              className="button"
              download
              href={`/api/planning/scenarios/${encodeURIComponent(scenario.name)}/offer?format=docx`}
            >
              {t("planning.case.offer")} DOCX
            </a>
            <a
              className="button"
              download
              href={`/api/planning/scenarios/${encodeURIComponent(scenario.name)}/offer?format=pdf`}
            >
              {t("planning.case.offer")} PDF
            </a>
          </>
        )}
        {message && (
          <p className={message.error ? "error" : "muted"} role="status">
            {message.text}
          </p>
        )}
      </section>

      <section className="card table-wrap">
        <table className="case-grid">
          <thead>
            <tr>
              <th>{t("planning.case.budget")}</th>
              {VARIANTS.map((v) => (
                <th key={v} className="num">
                  {t(`planning.variant.${v}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const desc = scenario.variants.full.lines.find((l) => l.code === code)?.description ?? "";
              return (
                <tr key={code}>
                  <td>
                    {code} {desc}
                  </td>
                  {VARIANTS.map((v) =>
                    cell(
                      v,
                      scenario.variants[v].lines.find((l) => l.code === code)?.amount ?? 0,
                      (s, n) => {
                        const line = s.variants[v].lines.find((l) => l.code === code);
                        if (line) line.amount = n;
                      },
                      code,
                    ),
                  )}
                </tr>
              );
            })}
            <tr className="total">
              <th>{t("planning.case.totalBudget")}</th>
              {VARIANTS.map((v) => (
                <th key={v} className="num" data-testid={`budget-${v}`}>
                  {eur.format(result[v].finance.costs.total)}
                </th>
              ))}
            </tr>
            <tr>
              <th colSpan={4}>{t("planning.case.financing")}</th>
            </tr>
            {funders.map((f) => (
              <tr key={f}>
                <td>{FUNDER_TYPE_NAMES[f][locale === "en" ? "en" : "nl"]}</td>
                {VARIANTS.map((v) =>
                  cell(
                    v,
                    scenario.variants[v].financing[f] ?? 0,
                    (s, n) => {
                      s.variants[v].financing[f] = n;
                    },
                    FUNDER_TYPE_NAMES[f].nl,
                  ),
                )}
              </tr>
            ))}
            <tr>
              <th>{t("planning.case.formal")}</th>
              {VARIANTS.map((v) => (
                <th key={v} className="num">
                  {eur.format(result[v].finance.financing.formal)}
                </th>
              ))}
            </tr>
            <tr>
              <td>{t("planning.case.balance")}</td>
              {VARIANTS.map((v) => {
                const b = result[v].finance.financing.balance ?? 0;
                return (
                  <td key={v} className={b < 0 ? "num error" : "num"}>
                    {eur.format(b)}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th colSpan={4}>{t("planning.case.hours")}</th>
            </tr>
            <tr>
              <td>{t("planning.case.volunteers")}</td>
              {VARIANTS.map((v) =>
                cell(
                  v,
                  scenario.variants[v].volunteers,
                  (s, n) => {
                    s.variants[v].volunteers = n;
                  },
                  t("planning.case.volunteers"),
                ),
              )}
            </tr>
            <tr>
              <td>{t("planning.case.hoursPerVolunteer")}</td>
              {VARIANTS.map((v) =>
                cell(
                  v,
                  scenario.variants[v].hoursPerVolunteer,
                  (s, n) => {
                    s.variants[v].hoursPerVolunteer = n;
                  },
                  t("planning.case.hoursPerVolunteer"),
                ),
              )}
            </tr>
            <tr>
              <td>{t("planning.case.staffHours")}</td>
              {VARIANTS.map((v) =>
                cell(
                  v,
                  scenario.variants[v].staff * scenario.variants[v].hoursPerStaff,
                  (s, n) => {
                    s.variants[v].staff = 1;
                    s.variants[v].hoursPerStaff = n;
                  },
                  t("planning.case.staffHours"),
                ),
              )}
            </tr>
            <tr>
              <th>{t("planning.case.popular")}</th>
              {VARIANTS.map((v) => (
                <th key={v} className="num" data-testid={`popular-${v}`}>
                  {eur.format(result[v].finance.popular.total)}
                </th>
              ))}
            </tr>
            <tr>
              <td>{t("planning.case.hoursShare")}</td>
              {VARIANTS.map((v) => (
                <td key={v} className="num">
                  {pct(result[v].hoursShare)}
                </td>
              ))}
            </tr>
            <tr>
              <td>{t("planning.case.target")}</td>
              {VARIANTS.map((v) => (
                <td key={v} className="num">
                  {result[v].targets.find((x) => x.id === "process.total")?.target ?? "–"}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <p className="muted">
          {t("planning.case.rates", {
            v: scenario.rates.volunteerHourly,
            s: scenario.rates.staffHourly,
            y: scenario.year,
          })}
        </p>
      </section>

      <section className="card">
        <h2>{t("planning.case.texts")}</h2>
        {(["why", "what", "how", "ask"] as const).map((k) => (
          <label key={k} style={{ display: "block" }}>
            {t(`planning.case.text.${k}`)}
            <textarea
              rows={3}
              style={{ width: "100%" }}
              value={scenario.texts[k]}
              onChange={(e) =>
                edit((s) => {
                  s.texts[k] = e.target.value;
                })
              }
            />
          </label>
        ))}
      </section>
    </div>
  );
}
