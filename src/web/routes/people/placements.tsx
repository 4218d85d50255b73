import { useState } from "react";
import { Link, useParams } from "react-router";
import { PLACEMENT_TYPES, type PlacementRow } from "../../../domain/people/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { MsgLine, PersonSelect, todayIso, useRoomPeople, useSend } from "./common";

interface Data {
  placements: (PlacementRow & { firstName: string | null })[];
  outcomes: { id: number; personId: number; firstName: string | null; date: string }[];
}

/** Placements (participation, learning-work, internship, perspective job, day activity) and paid-work outcomes. */
export function PlacementsPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { data, error, reload } = useApi<Data>(`/api/rooms/${roomId}/placements`);
  const people = useRoomPeople(roomId!);
  const [f, setF] = useState({
    personId: "" as number | "",
    type: "participation",
    start: todayIso(),
    end: "",
    wage: "",
  });
  const [o, setO] = useState({ personId: "" as number | "", date: todayIso() });
  const { msg, send } = useSend(reload);
  return (
    <section>
      <h1>{t("people.placements.title")}</h1>
      {error && <p className="error">{error.message}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("people.person")}</th>
              <th>{t("people.placements.type")}</th>
              <th>{t("people.from")}</th>
              <th>{t("people.to")}</th>
              <th className="num">{t("people.placements.wage")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.placements.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/rooms/${roomId}/people/${p.personId}`}>{p.firstName ?? "—"}</Link>
                </td>
                <td>{t(`people.placements.type.${p.type}`)}</td>
                <td>{p.start}</td>
                <td>{p.end ?? ""}</td>
                <td className="num">{p.wageValuePct ?? ""}</td>
                <td>
                  {!p.end && (
                    <button
                      type="button"
                      onClick={() =>
                        void send(`/api/rooms/${roomId}/placements/${p.id}`, "PATCH", { end: todayIso() })
                      }
                    >
                      {t("people.placements.end")}
                    </button>
                  )}
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
          void send(`/api/rooms/${roomId}/placements`, "POST", {
            personId: f.personId,
            type: f.type,
            start: f.start,
            end: f.end || null,
            wageValuePct: f.wage ? Number(f.wage.replace(",", ".")) : null,
          });
        }}
      >
        <h2>{t("people.placements.add")}</h2>
        <PersonSelect
          people={people}
          value={f.personId}
          onChange={(personId) => setF({ ...f, personId })}
          label={t("people.person")}
        />
        <label>
          {t("people.placements.type")}
          <select value={f.type} onChange={(e) => setF({ ...f, type: e.target.value })}>
            {PLACEMENT_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`people.placements.type.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("people.from")}
          <input
            type="date"
            value={f.start}
            onChange={(e) => setF({ ...f, start: e.target.value })}
            required
          />
        </label>
        <label>
          {t("people.to")}
          <input type="date" value={f.end} onChange={(e) => setF({ ...f, end: e.target.value })} />
        </label>
        <label>
          {t("people.placements.wage")}
          <input inputMode="decimal" value={f.wage} onChange={(e) => setF({ ...f, wage: e.target.value })} />
        </label>
        <div>
          <button type="submit" className="primary" disabled={!f.personId}>
            {t("people.add")}
          </button>
        </div>
      </form>
      <MsgLine msg={msg} />
      <h2>{t("people.placements.outcomes")}</h2>
      <ul>
        {data?.outcomes.map((x) => (
          <li key={x.id}>
            {x.date} — {x.firstName ?? "—"}
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`/api/rooms/${roomId}/outcomes`, "POST", o);
        }}
      >
        <PersonSelect
          people={people}
          value={o.personId}
          onChange={(personId) => setO({ ...o, personId })}
          label={t("people.person")}
        />
        <input
          type="date"
          aria-label={t("people.date")}
          value={o.date}
          onChange={(e) => setO({ ...o, date: e.target.value })}
          required
        />
        <button type="submit" disabled={!o.personId}>
          {t("people.placements.addOutcome")}
        </button>
      </form>
    </section>
  );
}
