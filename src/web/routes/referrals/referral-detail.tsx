import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { LIFE_DOMAINS, NOT_CONNECTED_REASONS, type Referral } from "../../../domain/referrals/referral";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { formatDate, StatusBadge } from "./common";
import { PersonPicker } from "./person-picker";
import "./referrals.css";

/** One referral: its details (editable while it runs), its outcome, and the printable note. */
export function ReferralDetailPage() {
  const { roomId = "", referralId = "" } = useParams();
  const { t } = useI18n();
  const path = `/api/rooms/${roomId}/referrals/${referralId}`;
  const { data, error, reload } = useApi<Referral>(path);
  const [details, setDetails] = useState({
    lifeDomains: [] as string[],
    warm: false,
    consentToShare: false,
    followUpDate: "",
    appointment: "",
    accompaniedBy: "",
  });
  const [outcome, setOutcome] = useState({ outcome: "connected", date: "", reason: "", note: "" });
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [changingPerson, setChangingPerson] = useState(false);

  useEffect(() => {
    if (!data) return;
    setDetails({
      lifeDomains: data.lifeDomains,
      warm: data.warm,
      consentToShare: data.consentToShare,
      followUpDate: data.followUpDate ?? "",
      appointment: data.appointment ?? "",
      accompaniedBy: data.accompaniedBy ?? "",
    });
  }, [data]);

  async function save(url: string, method: string, body: unknown) {
    setMessage(undefined);
    try {
      await api(url, { method, body });
      setMessage({ text: t("referrals.saved"), error: false });
      reload();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }
  function send(e: FormEvent, url: string, method: string, body: unknown) {
    e.preventDefault();
    return save(url, method, body);
  }

  if (error) return <p className="error">{error.message}</p>;
  if (!data) return <p>{t("common.loading")}</p>;
  const toggle = (d: string) =>
    setDetails({
      ...details,
      lifeDomains: details.lifeDomains.includes(d)
        ? details.lifeDomains.filter((x) => x !== d)
        : [...details.lifeDomains, d],
    });

  return (
    <section>
      <p>
        <Link to={`/rooms/${roomId}/referrals`}>← {t("referrals.title")}</Link>
      </p>
      <h1>
        {t("referrals.detail.title")}: {data.partnerName}
      </h1>
      <p>
        {formatDate(data.date)} · {t(`referrals.direction.${data.direction}`)} ·{" "}
        {data.personName ?? t("referrals.field.anonymous")} · <StatusBadge status={data.status} t={t} />
      </p>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}

      <section className="card referral-section">
        <h2>{t("referrals.outcome.title")}</h2>
        {data.status === "pending" ? (
          <form
            onSubmit={(e) =>
              send(e, `${path}/outcome`, "POST", {
                outcome: outcome.outcome,
                date: outcome.date || undefined,
                reason: outcome.outcome === "not_connected" ? outcome.reason || null : null,
                note: outcome.note || null,
              })
            }
            noValidate
          >
            <label className="inline">
              <input
                type="radio"
                name="outcome"
                checked={outcome.outcome === "connected"}
                onChange={() => setOutcome({ ...outcome, outcome: "connected" })}
              />
              {t("referrals.outcome.connected")}
            </label>
            <label className="inline">
              <input
                type="radio"
                name="outcome"
                checked={outcome.outcome === "not_connected"}
                onChange={() => setOutcome({ ...outcome, outcome: "not_connected" })}
              />
              {t("referrals.outcome.notConnected")}
            </label>
            {outcome.outcome === "not_connected" && (
              <label>
                {t("referrals.field.reason")}
                <select
                  value={outcome.reason}
                  onChange={(e) => setOutcome({ ...outcome, reason: e.target.value })}
                >
                  <option value="">{t("referrals.choose")}</option>
                  {NOT_CONNECTED_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`referrals.reason.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {t("referrals.field.outcomeDate")}
              <input
                type="date"
                value={outcome.date}
                onChange={(e) => setOutcome({ ...outcome, date: e.target.value })}
              />
            </label>
            <label>
              {t("referrals.field.note")}
              <input
                value={outcome.note}
                onChange={(e) => setOutcome({ ...outcome, note: e.target.value })}
              />
            </label>
            <button type="submit" className="primary">
              {t("referrals.outcome.save")}
            </button>
          </form>
        ) : (
          <p>
            {t("referrals.outcome.decided", {
              status: t(`referrals.status.${data.status}`),
              date: formatDate(data.outcomeDate) || "?",
            })}
            {data.notConnectedReason ? ` · ${t(`referrals.reason.${data.notConnectedReason}`)}` : ""}
            {data.outcomeNote ? ` · ${data.outcomeNote}` : ""}
          </p>
        )}
      </section>

      <section className="card referral-section">
        <h2>{t("referrals.detail.details")}</h2>
        <form
          onSubmit={(e) =>
            send(e, path, "PATCH", {
              ...details,
              followUpDate: details.followUpDate || null,
              appointment: details.appointment || null,
              accompaniedBy: details.accompaniedBy || null,
            })
          }
          noValidate
        >
          <PersonPicker
            roomId={roomId}
            chosen={
              data.personId !== null && !changingPerson ? { id: data.personId, name: data.personName } : null
            }
            onChoose={(p) => {
              setChangingPerson(p === null);
              if (p) void save(path, "PATCH", { personId: p.id });
            }}
          />
          <fieldset className="domain-choices">
            <legend>{t("referrals.field.domains")}</legend>
            {LIFE_DOMAINS.map((d) => (
              <label key={d} className="inline">
                <input type="checkbox" checked={details.lifeDomains.includes(d)} onChange={() => toggle(d)} />
                {t(`referrals.domain.${d}`)}
              </label>
            ))}
          </fieldset>
          <label className="inline">
            <input
              type="checkbox"
              checked={details.warm}
              onChange={(e) => setDetails({ ...details, warm: e.target.checked })}
            />
            {t("referrals.field.warm")}
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={details.consentToShare}
              onChange={(e) => setDetails({ ...details, consentToShare: e.target.checked })}
            />
            {t("referrals.field.consent")}
          </label>
          <label>
            {t("referrals.field.appointment")}
            <input
              value={details.appointment}
              onChange={(e) => setDetails({ ...details, appointment: e.target.value })}
            />
          </label>
          <label>
            {t("referrals.field.accompaniedBy")}
            <input
              value={details.accompaniedBy}
              onChange={(e) => setDetails({ ...details, accompaniedBy: e.target.value })}
            />
          </label>
          <label>
            {t("referrals.field.followUp")}
            <input
              type="date"
              value={details.followUpDate}
              onChange={(e) => setDetails({ ...details, followUpDate: e.target.value })}
            />
          </label>
          <button type="submit">{t("referrals.detail.saveDetails")}</button>
        </form>
      </section>

      <section className="referral-section">
        {data.consentToShare ? (
          <Link className="button" to={`/rooms/${roomId}/referrals/${data.id}/note`}>
            {t("referrals.note.link")}
          </Link>
        ) : (
          <p className="muted">{t("referrals.note.noConsent")}</p>
        )}
      </section>
    </section>
  );
}
