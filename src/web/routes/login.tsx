import { type FormEvent, useState } from "react";
import { Navigate } from "react-router";
import { CredentialFields } from "../components/credential-fields";
import { useI18n } from "../i18n/index";
import { ApiError, api } from "../lib/api";
import { useSession } from "../lib/session";

/** Answers of the server that mean: this account has a second factor, ask (again) for its code. */
const CODE_ERRORS = ["security.code_required", "security.bad_code", "security.code_used"];

export function LoginPage() {
  const { t } = useI18n();
  const { me, refresh } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The second factor is asked only after the server says this account has one.
  const [code, setCode] = useState("");
  const [needCode, setNeedCode] = useState(false);
  if (me) return <Navigate to="/" replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api("/api/login", { body: { email, password, ...(needCode ? { code } : {}) } });
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && CODE_ERRORS.includes(err.code)) {
        setNeedCode(true);
        // A used or wrong code is of no use again: the field empties for the next one.
        setCode("");
      }
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form onSubmit={submit} className="card login-card" aria-labelledby="login-title">
        <h1 id="login-title">
          <span className="logo" aria-hidden="true">
            ⌂
          </span>{" "}
          {t("app.name")}
        </h1>
        <p className="muted">{t("app.tagline")}</p>
        <CredentialFields email={email} password={password} onEmail={setEmail} onPassword={setPassword} />
        {needCode && (
          <label>
            {t("security.login.code")}
            <span className="muted small"> {t("security.login.codeHelp")}</span>
            <input
              // The field appears after the password was right: the cursor goes straight to it.
              // biome-ignore lint/a11y/noAutofocus: shown on request, the next thing to type
              autoFocus
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("login.busy") : t("login.submit")}
        </button>
        <p className="muted small">{t("login.demo")}</p>
      </form>
    </main>
  );
}
