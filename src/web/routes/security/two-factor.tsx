import { type FormEvent, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { QrCode } from "./qr-code";
import { TWO_FACTOR_CHANGED, type TwoFactorState, useTwoFactorState } from "./two-factor-state";
import "./security.css";

/** ABCD EFGH IJKL …: easier to read and to type over than 32 letters in one go. */
export function groupInFours(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Where the app sends an account that must turn on its second factor first (no room needed). */
export const TWO_FACTOR_PATH = "/two-factor";

/** "Mijn account → Tweestapsverificatie": coordinators and the cooperative turn on the second factor. */
export function TwoFactorPage() {
  const { t } = useI18n();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const mustEnrol = me?.twoFactorRequired === true;
  const loaded = useTwoFactorState(true);
  const [state, setState] = useState<TwoFactorState>();
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  // Replacing or removing a factor that is on asks for the password and a current code again.
  const [confirm, setConfirm] = useState({ password: "", currentCode: "" });
  const replacing = state?.enrolled === true;
  useEffect(() => setState(loaded), [loaded]);

  async function start() {
    setMessage(undefined);
    setCode("");
    try {
      setSetup(await api<{ secret: string; uri: string }>("/api/me/two-factor/new", { method: "POST" }));
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  // Someone who has none yet gets a secret at once: one step less.
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once, when the state is known
  useEffect(() => {
    if (state?.expected && !state.enrolled && !setup) void start();
  }, [state]);

  async function enrol(e: FormEvent) {
    e.preventDefault();
    if (!setup) return;
    setBusy(true);
    setMessage(undefined);
    try {
      await api("/api/me/two-factor", {
        body: {
          secret: setup.secret,
          code: code.replace(/\s/g, ""),
          ...(replacing
            ? { password: confirm.password, currentCode: confirm.currentCode.replace(/\s/g, "") }
            : {}),
        },
      });
      setSetup(undefined);
      setConfirm({ password: "", currentCode: "" });
      if (mustEnrol) {
        // Required and now on: the same session goes on, with rooms and menu.
        window.dispatchEvent(new Event(TWO_FACTOR_CHANGED));
        await refresh();
        await navigate("/", { replace: true });
        return;
      }
      setState({ enrolled: true, expected: true });
      setMessage({ text: t("security.twoFactor.done"), error: false });
      window.dispatchEvent(new Event(TWO_FACTOR_CHANGED));
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  async function remove(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      await api("/api/me/two-factor/remove", {
        body: { password: confirm.password, currentCode: confirm.currentCode.replace(/\s/g, "") },
      });
      setConfirm({ password: "", currentCode: "" });
      setState({ enrolled: false, expected: true });
      setMessage({ text: t("security.twoFactor.removed"), error: false });
      window.dispatchEvent(new Event(TWO_FACTOR_CHANGED));
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  const confirmFields = (
    <fieldset className="confirm-identity">
      <legend>{t("security.confirm.replaceIntro")}</legend>
      <label>
        {t("security.confirm.password")}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={confirm.password}
          onChange={(e) => setConfirm({ ...confirm, password: e.target.value })}
        />
      </label>
      <label>
        {t("security.confirm.code")}
        <input
          className="totp-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          value={confirm.currentCode}
          onChange={(e) => setConfirm({ ...confirm, currentCode: e.target.value })}
        />
      </label>
    </fieldset>
  );

  return (
    <section>
      <h1>{t("security.twoFactor.title")}</h1>
      {mustEnrol && <p className="warning">{t("security.twoFactor.requiredIntro")}</p>}
      <p>{t("security.twoFactor.why")}</p>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      {state && !state.expected && <p>{t("security.twoFactor.notForRole")}</p>}
      {state?.expected && state.enrolled && !setup && (
        <>
          <p>
            <strong>{t("security.twoFactor.isOn")}</strong> {t("security.twoFactor.isOnHelp")}
          </p>
          <button type="button" onClick={() => void start()}>
            {t("security.twoFactor.newPhone")}
          </button>
          <form onSubmit={remove} aria-label={t("security.twoFactor.removeTitle")} className="card">
            <h2>{t("security.twoFactor.removeTitle")}</h2>
            <p className="muted">{t("security.twoFactor.removeHelp")}</p>
            {confirmFields}
            <button type="submit" disabled={busy}>
              {t("security.twoFactor.remove")}
            </button>
          </form>
        </>
      )}
      {setup && (
        <form onSubmit={enrol} aria-label={t("security.twoFactor.formLabel")}>
          {replacing && confirmFields}
          <ol className="two-factor-steps">
            <li>{t("security.twoFactor.step1")}</li>
            <li>
              {t("security.twoFactor.step2")}
              <QrCode text={setup.uri} label={t("security.twoFactor.qrLabel")} />
              <span className="muted">{t("security.twoFactor.typeInstead")}</span>
              <br />
              <code className="totp-secret" data-testid="totp-secret">
                {groupInFours(setup.secret)}
              </code>
            </li>
            <li>
              <label>
                {t("security.twoFactor.step3")}
                <br />
                <input
                  className="totp-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]{6,7}"
                  maxLength={7}
                  required
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </label>
            </li>
          </ol>
          <button type="submit" className="primary" disabled={busy}>
            {t("security.twoFactor.switchOn")}
          </button>
        </form>
      )}
    </section>
  );
}
