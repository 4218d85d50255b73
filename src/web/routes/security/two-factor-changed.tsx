import { useState } from "react";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import "./security.css";

/** "4 december 2026 om 10:15" in the Netherlands' time, whatever the device's zone. */
export function formatChangedAt(iso: string, locale: "nl" | "en"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}

/**
 * Shown once after login when the account's second factor was replaced, removed or reset by the
 * cooperative since the owner last looked (issue 20): someone else may have done it.
 */
export function TwoFactorChangedNotice({ at }: { at: string }) {
  const { t, locale } = useI18n();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  async function seen() {
    setBusy(true);
    await api("/api/me/two-factor/seen", { method: "POST" }).catch(() => {});
    await refresh();
    setBusy(false);
  }
  return (
    <main className="content">
      <section className="card two-factor-changed" role="alertdialog" aria-labelledby="tf-changed-title">
        <h1 id="tf-changed-title">{t("security.twoFactor.changedTitle")}</h1>
        <p>
          <strong>{t("security.twoFactor.changedText", { when: formatChangedAt(at, locale) })}</strong>
        </p>
        <p>{t("security.twoFactor.changedHelp")}</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void seen()}>
          {t("security.twoFactor.changedOk")}
        </button>
      </section>
    </main>
  );
}
