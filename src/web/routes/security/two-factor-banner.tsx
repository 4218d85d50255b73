import { useState } from "react";
import { Link, useLocation } from "react-router";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useTwoFactorState } from "./two-factor-state";
import "./security.css";

const DISMISSED = "buurtboek.two-factor-banner";

/**
 * Asks coordinators and the cooperative to turn on the second factor while they have none.
 * "Later" hides it for this browser session only (sessionStorage), so it comes back tomorrow.
 */
export function TwoFactorBanner({ roomId }: { roomId: string | undefined }) {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const expected = me?.role === "coordinator" || me?.role === "cooperative";
  const state = useTwoFactorState(expected);
  const [dismissed, setDismissed] = useState(() => globalThis.sessionStorage?.getItem(DISMISSED) === "1");
  if (!expected || !roomId || !state || state.enrolled || !state.expected || dismissed) return null;
  if (location.pathname.endsWith("/two-factor")) return null;
  return (
    <section className="two-factor-banner warning" aria-label={t("security.banner.label")}>
      <span>{t("security.banner.text")}</span>
      <span className="two-factor-banner-actions">
        <Link className="button primary" to={`/rooms/${roomId}/two-factor`}>
          {t("security.banner.action")}
        </Link>
        <button
          type="button"
          className="ghost"
          onClick={() => {
            sessionStorage.setItem(DISMISSED, "1");
            setDismissed(true);
          }}
        >
          {t("security.banner.later")}
        </button>
      </span>
    </section>
  );
}
