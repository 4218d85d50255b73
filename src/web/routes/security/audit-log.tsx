import { useState } from "react";
import type { AuditEntry } from "../../../domain/security/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";

/** For the cooperative: the append-only audit log, filtered by period and action, and its CSV export. */
export function AuditLogPage() {
  const { t } = useI18n();
  // Known actions in words; an action without a text is shown as its code.
  const actionLabel = (a: string) => {
    const key = `security.action.${a}`;
    const text = t(key);
    return text === key ? a : text;
  };
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [action, setAction] = useState("");
  const [beforeId, setBeforeId] = useState<number | null>(null);
  // A new filter starts again at the newest entries.
  const filter = (set: (v: string) => void, v: string) => {
    set(v);
    setBeforeId(null);
  };
  const params = new URLSearchParams();
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (action) params.set("action", action);
  const exportHref = `/api/audit-log/export?${params}`;
  if (beforeId) params.set("beforeId", String(beforeId));
  const { data, error } = useApi<{ entries: AuditEntry[]; actions: string[]; nextBeforeId: number | null }>(
    `/api/audit-log?${params}`,
  );
  return (
    <section>
      <h1>{t("security.audit.title")}</h1>
      <p className="muted">{t("security.audit.help")}</p>
      <div className="row">
        <label className="inline">
          {t("security.audit.from")}{" "}
          <input type="date" value={from} onChange={(e) => filter(setFrom, e.target.value)} />
        </label>
        <label className="inline">
          {t("security.audit.to")}{" "}
          <input type="date" value={to} onChange={(e) => filter(setTo, e.target.value)} />
        </label>
        <label className="inline">
          {t("security.audit.action")}{" "}
          <select value={action} onChange={(e) => filter(setAction, e.target.value)}>
            <option value="">{t("security.audit.all")}</option>
            {data?.actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <a className="primary" href={exportHref} download>
          {t("security.audit.export")}
        </a>
      </div>
      {error && <p className="error">{error.message}</p>}
      {data && data.entries.length === 0 && <p className="muted">{t("security.audit.empty")}</p>}
      {data && data.entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("security.audit.at")}</th>
                <th>{t("security.audit.user")}</th>
                <th>{t("security.audit.action")}</th>
                <th>{t("security.audit.room")}</th>
                <th>{t("security.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.at.replace("T", " ")}</td>
                  <td>{e.user ?? "—"}</td>
                  <td title={e.action}>{actionLabel(e.action)}</td>
                  <td>{e.roomId ?? ""}</td>
                  <td>
                    <code>{e.details == null ? "" : JSON.stringify(e.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.nextBeforeId && (
        <button type="button" className="ghost" onClick={() => setBeforeId(data.nextBeforeId)}>
          {t("security.audit.older")}
        </button>
      )}
    </section>
  );
}
