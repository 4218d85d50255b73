import { useState } from "react";
import { useParams } from "react-router";
import type { OverviewFigures, ReferralOverview } from "../../../domain/referrals/overview";
import { type T, useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "./referrals.css";

const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v)}%`);
const days = (v: number | null) => (v === null ? "–" : String(Math.round(v)));

function FigureCells({ f }: { f: OverviewFigures }) {
  return (
    <>
      <td className="num">{f.in.total}</td>
      <td className="num">{f.out.total}</td>
      <td className="num">{f.in.pending + f.out.pending}</td>
      <td className="num">{pct(f.connectedPct)}</td>
      <td className="num">{days(f.medianDaysToConnect)}</td>
    </>
  );
}

function Head({ first, t }: { first: string; t: T }) {
  return (
    <thead>
      <tr>
        <th>{first}</th>
        <th className="num">{t("referrals.overview.in")}</th>
        <th className="num">{t("referrals.overview.out")}</th>
        <th className="num">{t("referrals.overview.pending")}</th>
        <th className="num">{t("referrals.overview.connectedPct")}</th>
        <th className="num">{t("referrals.overview.medianDays")}</th>
      </tr>
    </thead>
  );
}

/** The room's referral figures for a year: in/out, connected %, days to connect, reasons, per partner. */
export function ReferralOverviewPage() {
  const { roomId = "" } = useParams();
  const { t } = useI18n();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { me, rooms } = useSession();
  const period = `from=${year}-01-01&to=${year}-12-31`;
  const { data, error } = useApi<ReferralOverview>(`/api/rooms/${roomId}/referral-overview?${period}`);
  // Rooms side by side, for whoever works with more than one room.
  const manyRooms = me?.role !== "board" && rooms.length > 1;
  const all = useApi<ReferralOverview>(manyRooms ? `/api/referral-overview?${period}` : null);
  const roomName = (id: string) => rooms.find((r) => r.id === id)?.name ?? id;
  return (
    <section>
      <h1>{t("referrals.overview.title")}</h1>
      <label style={{ maxWidth: "10rem" }}>
        {t("referrals.overview.year")}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {error && <p className="error">{error.message}</p>}
      {data && (
        <>
          <div className="table-wrap">
            <table aria-label={t("referrals.overview.total")}>
              <Head first="" t={t} />
              <tbody>
                <tr data-testid="overview-total">
                  <th>{t("referrals.overview.total")}</th>
                  <FigureCells f={data.total} />
                </tr>
              </tbody>
            </table>
          </div>
          <p className="small muted">{t("referrals.overview.explain")}</p>
          <h2>{t("referrals.overview.reasons")}</h2>
          {data.total.reasons.length === 0 ? (
            <p className="muted">{t("referrals.overview.noReasons")}</p>
          ) : (
            <ul>
              {data.total.reasons.map((r) => (
                <li key={r.reason}>
                  {t(`referrals.reason.${r.reason}`)}: {r.count}
                </li>
              ))}
            </ul>
          )}
          <h2>{t("referrals.overview.byPartner")}</h2>
          <div className="table-wrap">
            <table aria-label={t("referrals.overview.byPartner")}>
              <Head first={t("referrals.field.partner")} t={t} />
              <tbody>
                {data.partners.map((p) => (
                  <tr key={p.partnerId}>
                    <th>{p.partnerName}</th>
                    <FigureCells f={p} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {manyRooms && all.data && (
        <>
          <h2>{t("referrals.overview.byRoom")}</h2>
          <div className="table-wrap">
            <table aria-label={t("referrals.overview.byRoom")}>
              <Head first={t("nav.room")} t={t} />
              <tbody>
                {all.data.rooms.map((r) => (
                  <tr key={r.roomId}>
                    <th>{roomName(r.roomId)}</th>
                    <FigureCells f={r} />
                  </tr>
                ))}
                <tr>
                  <th>{t("referrals.overview.total")}</th>
                  <FigureCells f={all.data.total} />
                </tr>
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
