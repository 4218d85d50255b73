import { useState } from "react";
import { Link, useParams } from "react-router";
import type { KeyHolderNow, KeyIssue, RotaShift } from "../../../domain/keys/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { MsgLine, PersonSelect, todayIso, useRoomPeople, useSend } from "./common";

function Rota({ roomId, holders }: { roomId: string; holders: KeyHolderNow[] }) {
  const { t } = useI18n();
  const { data, reload } = useApi<{ shifts: RotaShift[] }>(`/api/rooms/${roomId}/rota`);
  const [f, setF] = useState({
    date: todayIso(),
    opens: "09:00",
    closes: "13:00",
    openerId: "" as number | "",
    closerId: "" as number | "",
  });
  const { msg, send } = useSend(reload);
  const keyPeople = holders
    .filter((h) => h.personId !== null)
    .map((h) => ({
      id: h.personId!,
      firstName: h.firstName,
      street: null,
      ref: h.key,
      newcomer: false,
      homeRoom: roomId,
      stage: null,
      member: false,
      lastSeen: null,
    }));
  return (
    <>
      <h2>{t("people.keys.rota")}</h2>
      <p className="muted">{t("people.keys.rotaHelp")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("people.date")}</th>
              <th>{t("people.keys.opens")}</th>
              <th>{t("people.keys.closes")}</th>
              <th>{t("people.keys.opener")}</th>
              <th>{t("people.keys.closer")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.shifts.map((s) => (
              <tr key={s.id}>
                <td>{s.date}</td>
                <td>{s.opens}</td>
                <td>{s.closes}</td>
                <td>{s.openerName}</td>
                <td>{s.closerName}</td>
                <td>
                  <button
                    type="button"
                    className="ghost"
                    onClick={() => void send(`/api/rooms/${roomId}/rota/${s.id}`, "DELETE")}
                  >
                    {t("people.keys.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`/api/rooms/${roomId}/rota`, "POST", {
            ...f,
            openerId: f.openerId || null,
            closerId: f.closerId || null,
          });
        }}
      >
        <label>
          {t("people.date")}
          <input type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} required />
        </label>
        <label>
          {t("people.keys.opens")}
          <input
            type="time"
            value={f.opens}
            onChange={(e) => setF({ ...f, opens: e.target.value })}
            required
          />
        </label>
        <label>
          {t("people.keys.closes")}
          <input
            type="time"
            value={f.closes}
            onChange={(e) => setF({ ...f, closes: e.target.value })}
            required
          />
        </label>
        <PersonSelect
          people={keyPeople}
          value={f.openerId}
          onChange={(openerId) => setF({ ...f, openerId })}
          label={t("people.keys.opener")}
        />
        <PersonSelect
          people={keyPeople}
          value={f.closerId}
          onChange={(closerId) => setF({ ...f, closerId })}
          label={t("people.keys.closer")}
        />
        <div>
          <button type="submit">{t("people.keys.addShift")}</button>
        </div>
      </form>
      <MsgLine msg={msg} />
    </>
  );
}

/** The key register: who holds a key now (flagged when they stopped volunteering), issue and return, and the opening rota. */
export function KeysPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { data, error, reload } = useApi<{ issues: KeyIssue[]; holders: KeyHolderNow[] }>(
    `/api/rooms/${roomId}/keys`,
  );
  const people = useRoomPeople(roomId!);
  const [f, setF] = useState({ key: "", personId: "" as number | "", issued: todayIso() });
  const [returned, setReturned] = useState(todayIso());
  const { msg, send } = useSend(reload);
  return (
    <section>
      <h1>{t("people.keys.title")}</h1>
      {error && <p className="error">{error.message}</p>}
      <h2>{t("people.keys.holders")}</h2>
      <ul>
        {data?.holders.map((h) => (
          <li key={h.id}>
            <strong>{h.key}</strong> —{" "}
            <Link to={`/rooms/${roomId}/people/${h.personId}`}>{h.firstName ?? `#${h.personId}`}</Link>{" "}
            <span className="muted">({h.issued})</span>
            {h.stoppedVolunteering && <span className="warning"> ⚠ {t("people.keys.stopped")}</span>}
            {h.flag && <span className="warning"> ⚠ {t(`people.page.flag.${h.flag}`)}</span>}
          </li>
        ))}
      </ul>
      <form
        className="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`/api/rooms/${roomId}/keys`, "POST", f);
        }}
      >
        <h2>{t("people.keys.issue")}</h2>
        <label>
          {t("people.keys.key")}
          <input
            value={f.key}
            onChange={(e) => setF({ ...f, key: e.target.value })}
            required
            maxLength={40}
          />
        </label>
        <PersonSelect
          people={people}
          value={f.personId}
          onChange={(personId) => setF({ ...f, personId })}
          label={t("people.person")}
        />
        <label>
          {t("people.keys.issued")}
          <input
            type="date"
            value={f.issued}
            onChange={(e) => setF({ ...f, issued: e.target.value })}
            required
          />
        </label>
        <div>
          <button type="submit" className="primary" disabled={!f.personId}>
            {t("people.keys.issue")}
          </button>
        </div>
      </form>
      <MsgLine msg={msg} />
      <h2>{t("people.keys.register")}</h2>
      <label className="inline">
        {t("people.keys.returned")}{" "}
        <input type="date" value={returned} onChange={(e) => setReturned(e.target.value)} />
      </label>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("people.keys.key")}</th>
              <th>{t("people.person")}</th>
              <th>{t("people.keys.issued")}</th>
              <th>{t("people.keys.returned")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.issues.map((k) => (
              <tr key={k.id}>
                <td>{k.key}</td>
                <td>{k.firstName ?? "—"}</td>
                <td>{k.issued}</td>
                <td>{k.returned ?? ""}</td>
                <td>
                  {!k.returned && (
                    <button
                      type="button"
                      onClick={() =>
                        void send(`/api/rooms/${roomId}/keys/${k.id}/return`, "POST", { returned })
                      }
                    >
                      {t("people.keys.return")} {k.key}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && <Rota roomId={roomId!} holders={data.holders} />}
    </section>
  );
}
