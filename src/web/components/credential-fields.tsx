import { useI18n } from "../i18n/index";

/** E-mail address and password, as the login page and a desk tablet's unlock ask them. */
export function CredentialFields(props: {
  email: string;
  password: string;
  onEmail: (v: string) => void;
  onPassword: (v: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t("login.email")}
        <input
          type="email"
          autoComplete="username"
          required
          value={props.email}
          onChange={(e) => props.onEmail(e.target.value)}
        />
      </label>
      <label>
        {t("login.password")}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={props.password}
          onChange={(e) => props.onPassword(e.target.value)}
        />
      </label>
    </>
  );
}
