import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { Partner } from "../../../domain/partners/ports";
import type { HelpQuestionSummary } from "../../../domain/referrals/ports";
import { LIFE_DOMAINS } from "../../../domain/referrals/referral";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { formatDate, PartnerOptions } from "./common";
import { PersonPicker } from "./person-picker";
import "./referrals.css";

const empty = {
  helpQuestionId: "",
  direction: "out" as "in" | "out",
  partnerId: "",
  date: "",
  lifeDomains: [] as string[],
  warm: false,
  consentToShare: false,
  followUpDate: "",
  appointment: "",
  accompaniedBy: "",
};

/**
 * The referral form, for the coordinator and for the desk (its own room). Started from a help
 * question (`?helpQuestion=ID` or the picker), it takes over the resident and the life domains.
 */
export function ReferralFormPage() {
  const { roomId = "" } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const { t } = useI18n();
  const partners = useApi<{ partners: Partner[] }>("/api/partners");
  const questions = useApi<{ helpQuestions: HelpQuestionSummary[] }>(
    `/api/rooms/${roomId}/referrals/help-questions`,
  );
  const [form, setForm] = useState({ ...empty, helpQuestionId: search.get("helpQuestion") ?? "" });
  const [person, setPerson] = useState<{ id: number; name: string | null } | null>(null);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const question = questions.data?.helpQuestions.find((q) => String(q.id) === form.helpQuestionId);

  function chooseQuestion(id: string) {
    const q = questions.data?.helpQuestions.find((h) => String(h.id) === id);
    setForm({
      ...form,
      helpQuestionId: id,
      lifeDomains: q ? q.domains.filter((d) => d !== "") : form.lifeDomains,
    });
  }
  function toggleDomain(d: string) {
    setForm({
      ...form,
      lifeDomains: form.lifeDomains.includes(d)
        ? form.lifeDomains.filter((x) => x !== d)
        : [...form.lifeDomains, d],
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const res = await api<{ id: number }>(`/api/rooms/${roomId}/referrals`, {
        body: {
          direction: form.direction,
          partnerId: form.partnerId ? Number(form.partnerId) : null,
          helpQuestionId: form.helpQuestionId ? Number(form.helpQuestionId) : null,
          personId: form.helpQuestionId ? null : (person?.id ?? null),
          date: form.date || undefined,
          lifeDomains: form.lifeDomains,
          warm: form.warm,
          consentToShare: form.consentToShare,
          followUpDate: form.followUpDate || null,
          appointment: form.appointment || null,
          accompaniedBy: form.accompaniedBy || null,
        },
      });
      if (me?.role === "desk") {
        setSaved(true);
        setForm({ ...empty });
        setPerson(null);
      } else void navigate(`/rooms/${roomId}/referrals/${res.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (saved)
    return (
      <section>
        <h1>{t("referrals.new")}</h1>
        <p role="status">{t("referrals.saved")}</p>
        <button type="button" className="primary" onClick={() => setSaved(false)}>
          {t("referrals.another")}
        </button>
      </section>
    );

  return (
    <section>
      <h1>{t("referrals.new")}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <label>
          {t("referrals.field.helpQuestion")}
          <select value={form.helpQuestionId} onChange={(e) => chooseQuestion(e.target.value)}>
            <option value="">{t("referrals.field.noHelpQuestion")}</option>
            {questions.data?.helpQuestions.map((q) => (
              <option key={q.id} value={q.id}>
                {formatDate(q.date)} · {q.personName ?? "?"} ·{" "}
                {q.domains.map((d) => t(`referrals.domain.${d}`)).join(", ")}
              </option>
            ))}
          </select>
        </label>
        {question ? (
          <p className="muted">
            {t("referrals.field.person")}: {question.personName ?? "?"}
          </p>
        ) : (
          <PersonPicker roomId={roomId} chosen={person} onChoose={setPerson} />
        )}
        <label>
          {t("referrals.field.direction")}
          <select
            value={form.direction}
            onChange={(e) => setForm({ ...form, direction: e.target.value as "in" | "out" })}
          >
            <option value="out">{t("referrals.direction.out")}</option>
            <option value="in">{t("referrals.direction.in")}</option>
          </select>
        </label>
        <label>
          {t("referrals.field.partner")}
          <select value={form.partnerId} onChange={(e) => setForm({ ...form, partnerId: e.target.value })}>
            <PartnerOptions partners={partners.data?.partners ?? []} t={t} />
          </select>
        </label>
        <label>
          {t("referrals.field.date")}
          <input type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
        </label>
        <fieldset className="domain-choices">
          <legend>{t("referrals.field.domains")}</legend>
          {LIFE_DOMAINS.map((d) => (
            <label key={d} className="inline">
              <input
                type="checkbox"
                checked={form.lifeDomains.includes(d)}
                onChange={() => toggleDomain(d)}
              />
              {t(`referrals.domain.${d}`)}
            </label>
          ))}
        </fieldset>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.warm}
            onChange={(e) => setForm({ ...form, warm: e.target.checked })}
          />
          {t("referrals.field.warm")}
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.consentToShare}
            onChange={(e) => setForm({ ...form, consentToShare: e.target.checked })}
          />
          {t("referrals.field.consent")}
        </label>
        <label>
          {t("referrals.field.appointment")}
          <input
            value={form.appointment}
            onChange={(e) => setForm({ ...form, appointment: e.target.value })}
          />
        </label>
        <label>
          {t("referrals.field.accompaniedBy")}
          <input
            value={form.accompaniedBy}
            onChange={(e) => setForm({ ...form, accompaniedBy: e.target.value })}
          />
        </label>
        <label>
          {t("referrals.field.followUp")}
          <input
            type="date"
            value={form.followUpDate}
            onChange={(e) => setForm({ ...form, followUpDate: e.target.value })}
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t("referrals.save")}
          </button>
          {me?.role !== "desk" && (
            <Link className="button" to={`/rooms/${roomId}/referrals`}>
              {t("common.cancel")}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}
