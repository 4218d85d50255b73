import { useEffect, useState } from "react";
import { useParams } from "react-router";
import type { LearningPlan } from "../../../domain/planning/learning-plan";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import "./planning.css";

const FIELDS = ["learned", "results", "goals", "trainings", "partnerMeeting"] as const;

/** The room's learning plan and evaluation for a year; it appears in the annual report. */
export function LearningPage() {
  const { t, locale } = useI18n();
  const { roomId } = useParams();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [plan, setPlan] = useState<LearningPlan | null>(null);
  const [d4, setD4] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    if (!/^\d{4}$/.test(year) || !roomId) return;
    api<{ plan: LearningPlan; trainingBudget: number | null }>(
      `/api/rooms/${roomId}/planning/learning/${year}`,
    )
      .then((r) => {
        setPlan(r.plan);
        setD4(r.trainingBudget);
        setMessage(null);
      })
      .catch((e: Error) => setMessage({ text: e.message, error: true }));
  }, [roomId, year]);

  async function save() {
    if (!plan) return;
    try {
      const { learned, results, goals, trainings, partnerMeeting } = plan;
      await api(`/api/rooms/${roomId}/planning/learning/${year}`, {
        method: "PUT",
        body: { learned, results, goals, trainings, partnerMeeting },
      });
      setMessage({ text: t("planning.learning.saved") });
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }

  const eur = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  return (
    <div className="grid">
      <h1>{t("planning.learning.title")}</h1>
      <section className="card">
        <label>
          {t("planning.year")}
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={5} />
        </label>
        <p className="muted">{t("planning.learning.intro")}</p>
        {plan &&
          FIELDS.map((f) => (
            <label key={f} style={{ display: "block" }}>
              {t(`planning.learning.${f}`)}
              <textarea
                rows={3}
                style={{ width: "100%" }}
                value={plan[f]}
                onChange={(e) => setPlan({ ...plan, [f]: e.target.value })}
              />
              {f === "trainings" && (
                <span className="muted">
                  {d4 === null
                    ? t("planning.learning.noD4")
                    : t("planning.learning.d4", { amount: eur.format(d4) })}
                </span>
              )}
            </label>
          ))}
        <button type="button" className="primary" onClick={save}>
          {t("planning.case.save")}
        </button>
        {message && (
          <p className={message.error ? "error" : "muted"} role="status">
            {message.text}
          </p>
        )}
      </section>
    </div>
  );
}
