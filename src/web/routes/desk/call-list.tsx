import { useState } from "react";
import { useParams } from "react-router";
import type { CallListRow } from "../../../domain/desk/ports";
import { CALL_OUTCOMES, type CallOutcome } from "../../../domain/desk/rules";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { dutchDate, ServerError } from "./common";

/** Belronde: regulars who stayed away three weeks; the coordinator calls and records the outcome. */
export function CallListPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const list = useApi<{ people: CallListRow[] }>(`/api/rooms/${roomId}/call-list`);
  const [error, setError] = useState<string | null>(null);
  async function record(personId: number, outcome: CallOutcome) {
    try {
      await api(`/api/rooms/${roomId}/call-list`, { body: { personId, outcome } });
      list.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const people = list.data?.people ?? [];
  return (
    <section>
      <h1>{t("desk.call.title")}</h1>
      <p>{t("desk.call.intro")}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ServerError error={list.error} />
      {!list.loading && !list.error && people.length === 0 && <p className="muted">{t("desk.call.none")}</p>}
      <ul className="desk-call-list">
        {people.map((p) => (
          <li key={p.personId} className="card">
            <p>
              <strong>{p.firstName}</strong> {p.street && <span className="muted">{p.street}</span>} ·{" "}
              {p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : t("desk.call.noPhone")}
            </p>
            <p className="small muted">
              {t("desk.call.last", { date: dutchDate(p.lastVisit) })} ·{" "}
              {t("desk.call.visits", { n: p.visitDays })}
            </p>
            <div className="row">
              {CALL_OUTCOMES.map((o) => (
                <button key={o} type="button" onClick={() => void record(p.personId, o)}>
                  {t(`desk.call.outcome.${o}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
