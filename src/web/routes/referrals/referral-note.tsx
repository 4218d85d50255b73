import { Link, useParams } from "react-router";
import type { ReferralNoteData } from "../../../domain/referrals/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { formatDate } from "./common";
import "./referrals.css";

/** The note the resident takes along: only with consent (the server refuses otherwise). */
export function ReferralNotePage() {
  const { roomId = "", referralId = "" } = useParams();
  const { t } = useI18n();
  const { data, error } = useApi<ReferralNoteData>(`/api/rooms/${roomId}/referrals/${referralId}/note`);
  const back = (
    <Link className="no-print" to={`/rooms/${roomId}/referrals/${referralId}`}>
      ← {t("common.back")}
    </Link>
  );
  if (error)
    return (
      <section>
        {back}
        <p className="error" role="alert">
          {error.message}
        </p>
      </section>
    );
  if (!data) return <p>{t("common.loading")}</p>;
  const r = data.referral;
  const contact = [data.partnerContactName, data.partnerContactPhone].filter(Boolean).join(", ");
  return (
    <section>
      <p className="row no-print">
        {back}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t("referrals.note.print")}
        </button>
      </p>
      <article className="referral-note">
        <h1>{t("referrals.note.title")}</h1>
        <p>{t("referrals.note.intro")}</p>
        <dl>
          <dt>{t("referrals.note.name")}</dt>
          <dd>{r.personName ?? ""}</dd>
          <dt>{t("referrals.note.partner")}</dt>
          <dd>{r.partnerName}</dd>
          <dt>{t("referrals.note.contact")}</dt>
          <dd>{contact}</dd>
          <dt>{t("referrals.note.appointment")}</dt>
          <dd>{r.appointment ?? ""}</dd>
          <dt>{t("referrals.note.volunteer")}</dt>
          <dd>{r.accompaniedBy ?? ""}</dd>
          <dt>{t("referrals.note.from")}</dt>
          <dd>
            {data.roomName}
            {data.roomCity ? `, ${data.roomCity}` : ""} · {formatDate(r.date)}
          </dd>
        </dl>
        <p className="small muted">{t("referrals.note.consent")}</p>
      </article>
    </section>
  );
}
