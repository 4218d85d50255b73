import { useState } from "react";
import type { NoteRead, RetentionCandidate } from "../../../domain/privacy/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { MsgLine, useSend } from "./common";

/** For the cooperative: the retention period and its preview, and the log of help-note reads. */
export function PrivacyPage() {
  const { t } = useI18n();
  const { data, error, reload } = useApi<{
    retentionDays: number;
    before: string;
    candidates: RetentionCandidate[];
  }>("/api/privacy/retention");
  const reads = useApi<{ reads: NoteRead[] }>("/api/privacy/note-reads");
  const [days, setDays] = useState("");
  const { msg, setMsg, send } = useSend(reload);
  return (
    <section>
      <h1>{t("people.privacy.title")}</h1>
      <p className="muted">{t("people.privacy.coordinatorHelp")}</p>
      {error && <p className="error">{error.message}</p>}
      <h2>{t("people.privacy.retention")}</h2>
      {data && <p>{t("people.privacy.retentionDays", { days: data.retentionDays, before: data.before })}</p>}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void send("/api/privacy/retention", "PUT", { days: Number(days) });
        }}
      >
        <label className="inline">
          {t("people.privacy.setDays")}{" "}
          <input
            type="number"
            min={90}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            required
          />
        </label>
        <button type="submit">{t("people.save")}</button>
      </form>
      <h2>{t("people.privacy.preview")}</h2>
      {data && data.candidates.length === 0 && <p className="muted">{t("people.privacy.nobody")}</p>}
      {data && data.candidates.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("people.field.firstName")}</th>
                  <th>{t("people.room")}</th>
                  <th>{t("people.privacy.lastActivity")}</th>
                </tr>
              </thead>
              <tbody>
                {data.candidates.map((c) => (
                  <tr key={c.id}>
                    <td>{c.firstName ?? c.ref ?? `#${c.id}`}</td>
                    <td>{c.homeRoom}</td>
                    <td>{c.lastActivity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="ghost"
            onClick={async () => {
              if (!window.confirm(t("people.privacy.applyConfirm"))) return;
              const r = await send<{ anonymised: number }>("/api/privacy/retention", "POST", {
                confirm: true,
              });
              if (r) setMsg({ text: t("people.privacy.applied", { n: r.anonymised }), kind: "ok" });
            }}
          >
            {t("people.privacy.applyNow")}
          </button>
        </>
      )}
      <MsgLine msg={msg} />
      <h2>{t("people.privacy.reads")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("people.privacy.when")}</th>
              <th>{t("people.privacy.who")}</th>
              <th>{t("people.person")}</th>
              <th>{t("people.room")}</th>
              <th>{t("people.privacy.question")}</th>
            </tr>
          </thead>
          <tbody>
            {reads.data?.reads.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no id of their own here
              <tr key={i}>
                <td>{r.at.slice(0, 16)}</td>
                <td>{r.user ?? (r.userId === null ? "—" : `#${r.userId}`)}</td>
                <td>#{r.personId}</td>
                <td>{r.roomId}</td>
                <td>#{r.questionId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
