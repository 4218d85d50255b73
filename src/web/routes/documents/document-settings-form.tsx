import { useEffect, useState } from "react";
import type { DocumentSettings } from "../../../domain/documents/document-settings";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";

/** The cooperative's name, logo and standard wording of the agreement (cooperative only). */
export function DocumentSettingsForm() {
  const { t } = useI18n();
  const { data } = useApi<DocumentSettings>("/api/documents/settings");
  const [name, setName] = useState("");
  const [logo, setLogo] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (!data) return;
    setName(data.name);
    setLogo(data.logo);
    setTexts(data.texts);
  }, [data]);
  if (!data) return null;

  const readLogo = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => setLogo(String(reader.result));
    reader.readAsDataURL(file);
  };
  const save = async () => {
    setStatus(null);
    try {
      await api("/api/documents/settings", { method: "PUT", body: { name, logo, texts } });
      setStatus(t("documents.settings.saved"));
    } catch (e) {
      setStatus((e as Error).message);
    }
  };
  return (
    <details className="card">
      <summary>{t("documents.settings.title")}</summary>
      <label>
        {t("documents.settings.name")}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t("documents.settings.logo")}
        <input type="file" accept="image/png,image/jpeg" onChange={(e) => readLogo(e.target.files?.[0])} />
      </label>
      {logo && (
        <p>
          <img src={logo} alt="" style={{ maxHeight: "3rem" }} />{" "}
          <button type="button" className="ghost" onClick={() => setLogo(null)}>
            {t("documents.settings.removeLogo")}
          </button>
        </p>
      )}
      <p className="muted">{t("documents.settings.hint")}</p>
      {data.sections.map((s) => (
        <label key={s.key}>
          {s.heading}
          <textarea
            rows={4}
            value={texts[s.key] ?? ""}
            placeholder={s.default}
            onChange={(e) => setTexts((x) => ({ ...x, [s.key]: e.target.value }))}
          />
        </label>
      ))}
      <button type="button" className="primary" onClick={save}>
        {t("documents.settings.save")}
      </button>
      {status && <p role="status">{status}</p>}
    </details>
  );
}
