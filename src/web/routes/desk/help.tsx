import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import type { HelpQuestionSummary } from "../../../domain/desk/ports";
import { LIFE_DOMAINS, type LifeDomain } from "../../../domain/desk/rules";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { dutchDate, ServerError, useOpenAtTop } from "./common";
import { PersonPicker } from "./person-picker";

/** A help question: the desk writes it, only the coordinator reads the note (and each read is logged). */
export function HelpPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const [person, setPerson] = useState<{ id: number; firstName: string | null } | null>(null);
  const [domains, setDomains] = useState<LifeDomain[]>([]);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const isCoordinator = me?.role === "coordinator";
  const formRef = useOpenAtTop<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    if (!person)
      return setMessage({ text: `${t("desk.help.person")} ${t("desk.field.required")}`, error: true });
    if (domains.length === 0)
      return setMessage({ text: `${t("desk.help.domains")} ${t("desk.field.required")}`, error: true });
    try {
      await api(`/api/rooms/${roomId}/desk/help-questions`, { body: { personId: person.id, domains, note } });
      setMessage({ text: t("desk.help.saved") });
      setPerson(null);
      setDomains([]);
      setNote("");
    } catch (err) {
      setMessage({
        text: err instanceof ApiError && err.status === 0 ? t("desk.offlineForm") : (err as Error).message,
        error: true,
      });
    }
  }

  return (
    <section className="desk-form">
      <h1>{t("desk.help.title")}</h1>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <PersonPicker roomId={roomId!} label={t("desk.help.person")} value={person} onChange={setPerson} />
        <fieldset>
          <legend>{t("desk.help.domains")}</legend>
          <div className="desk-domains">
            {LIFE_DOMAINS.map((d) => (
              <label key={d} className="inline">
                <input
                  type="checkbox"
                  checked={domains.includes(d)}
                  onChange={(e) =>
                    setDomains((all) => (e.target.checked ? [...all, d] : all.filter((x) => x !== d)))
                  }
                />
                {t(`desk.domain.${d}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          {t("desk.help.note")}
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        </label>
        {message && (
          <p className={message.error ? "error" : ""} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <button type="submit" className="primary">
          <span aria-hidden="true">✓</span> {t("desk.help.save")}
        </button>
      </form>
      {isCoordinator && <HelpList roomId={roomId!} />}
    </section>
  );
}

function HelpList({ roomId }: { roomId: string }) {
  const { t } = useI18n();
  const list = useApi<{ helpQuestions: HelpQuestionSummary[] }>(`/api/rooms/${roomId}/help-questions`);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  async function read(id: number) {
    setError(null);
    try {
      const r = await api<{ note: string | null }>(`/api/rooms/${roomId}/help-questions/${id}/note`);
      setNotes((n) => ({ ...n, [id]: r.note ?? "—" }));
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const items = list.data?.helpQuestions ?? [];
  return (
    <>
      <h2>{t("desk.help.list")}</h2>
      <p className="muted small">{t("desk.help.readLogged")}</p>
      <ServerError error={list.error ?? error} />
      {!list.error && items.length === 0 && <p className="muted">{t("desk.help.none")}</p>}
      <ul className="desk-help-list">
        {items.map((h) => (
          <li key={h.id}>
            <span>
              {dutchDate(h.date)} · <strong>{h.firstName}</strong> ·{" "}
              {h.domains.map((d) => t(`desk.domain.${d}`)).join(", ")}
            </span>{" "}
            {notes[h.id] === undefined ? (
              <button type="button" onClick={() => void read(h.id)}>
                <span aria-hidden="true">👁</span> {t("desk.help.read")}
              </button>
            ) : (
              <blockquote>{notes[h.id]}</blockquote>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
