import { useState } from "react";
import { Link, useParams } from "react-router";
import type { Partner } from "../../../domain/partners/ports";
import type { Referral } from "../../../domain/referrals/referral";
import { type T, useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { formatDate, PartnerOptions, StatusBadge } from "./common";
import "./referrals.css";

function ReferralTable({ rows, roomId, t }: { rows: Referral[]; roomId: string; t: T }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{t("referrals.field.date")}</th>
            <th>{t("referrals.field.direction")}</th>
            <th>{t("referrals.field.partner")}</th>
            <th>{t("referrals.field.person")}</th>
            <th>{t("referrals.field.status")}</th>
            <th>{t("referrals.field.followUp")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/rooms/${roomId}/referrals/${r.id}`}>{formatDate(r.date)}</Link>
              </td>
              <td>{t(`referrals.dir.${r.direction}`)}</td>
              <td>{r.partnerName}</td>
              <td>{r.personName ?? <span className="muted">{t("referrals.field.anonymous")}</span>}</td>
              <td>
                <StatusBadge status={r.status} t={t} />
              </td>
              <td>{r.status === "pending" ? formatDate(r.followUpDate) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A room's referrals with filters, and on top the pending ones whose follow-up date has passed. */
export function ReferralsListPage() {
  const { roomId = "" } = useParams();
  const { t } = useI18n();
  const [filter, setFilter] = useState({ direction: "", status: "", partnerId: "" });
  const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== "")).toString();
  const list = useApi<{ referrals: Referral[] }>(`/api/rooms/${roomId}/referrals${qs ? `?${qs}` : ""}`);
  const followUp = useApi<{ referrals: Referral[] }>(`/api/rooms/${roomId}/referrals/follow-up`);
  const partners = useApi<{ partners: Partner[] }>("/api/partners");
  const select = (key: keyof typeof filter, label: string, options: React.ReactNode) => (
    <label>
      {label}
      <select value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
        {options}
      </select>
    </label>
  );
  return (
    <section>
      <div className="row">
        <h1>{t("referrals.title")}</h1>
        <span className="spacer" style={{ flex: 1 }} />
        <Link className="button primary" to={`/rooms/${roomId}/referrals/new`}>
          {t("referrals.new")}
        </Link>
      </div>

      <section className="card referral-section" aria-labelledby="follow-up-title">
        <h2 id="follow-up-title">{t("referrals.followUp.title")}</h2>
        {followUp.error && <p className="error">{followUp.error.message}</p>}
        {followUp.data &&
          (followUp.data.referrals.length === 0 ? (
            <p className="muted">{t("referrals.followUp.none")}</p>
          ) : (
            <>
              <p>{t("referrals.followUp.intro")}</p>
              <ReferralTable rows={followUp.data.referrals} roomId={roomId} t={t} />
            </>
          ))}
      </section>

      <section className="referral-section">
        <div className="referrals-filters">
          {select(
            "direction",
            t("referrals.filter.direction"),
            <>
              <option value="">{t("referrals.filter.all")}</option>
              <option value="in">{t("referrals.dir.in")}</option>
              <option value="out">{t("referrals.dir.out")}</option>
            </>,
          )}
          {select(
            "status",
            t("referrals.filter.status"),
            <>
              <option value="">{t("referrals.filter.all")}</option>
              {["pending", "connected", "not_connected"].map((s) => (
                <option key={s} value={s}>
                  {t(`referrals.status.${s}`)}
                </option>
              ))}
            </>,
          )}
          {select(
            "partnerId",
            t("referrals.filter.partner"),
            <PartnerOptions
              partners={partners.data?.partners ?? []}
              t={t}
              empty={t("referrals.filter.all")}
            />,
          )}
        </div>
        {list.error && <p className="error">{list.error.message}</p>}
        {list.loading && !list.data && <p>{t("common.loading")}</p>}
        {list.data &&
          (list.data.referrals.length === 0 ? (
            <p>{t("referrals.none")}</p>
          ) : (
            <ReferralTable rows={list.data.referrals} roomId={roomId} t={t} />
          ))}
      </section>
    </section>
  );
}
