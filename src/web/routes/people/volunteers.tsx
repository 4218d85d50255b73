import { useState } from "react";
import { Link, useParams } from "react-router";
import type { Group, HoursRow, MonthlyHours } from "../../../domain/volunteers/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { MsgLine, PersonSelect, thisYear, todayIso, useRoomPeople, useSend, YearInput } from "./common";

function PendingHours({
  roomId,
  pending,
  reload,
}: {
  roomId: string;
  pending: HoursRow[];
  reload: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const { msg, send } = useSend(() => {
    setChosen(new Set());
    reload();
  });
  if (pending.length === 0) return <p className="muted">{t("people.volunteers.noPending")}</p>;
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const decide = (decision: "approved" | "rejected") =>
    void send(`/api/rooms/${roomId}/volunteers/hours/review`, "POST", { ids: [...chosen], decision });
  return (
    <>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th />
              <th>{t("people.date")}</th>
              <th>{t("people.person")}</th>
              <th className="num">{t("people.volunteers.hours")}</th>
              <th>{t("people.volunteers.kind")}</th>
              <th>{t("people.volunteers.activity")}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((h) => (
              <tr key={h.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${h.firstName ?? "?"} ${h.date}`}
                    checked={chosen.has(h.id)}
                    onChange={() => toggle(h.id)}
                  />
                </td>
                <td>{h.date}</td>
                <td>{h.firstName}</td>
                <td className="num">{h.hours}</td>
                <td>{t(`people.volunteers.kind.${h.kind}`)}</td>
                <td>{h.activity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="row">
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0}
          onClick={() => decide("approved")}
        >
          {t("people.volunteers.approve")}
        </button>
        <button type="button" disabled={chosen.size === 0} onClick={() => decide("rejected")}>
          {t("people.volunteers.reject")}
        </button>
      </p>
      <MsgLine msg={msg} />
    </>
  );
}

function LogHours({ roomId, reload }: { roomId: string; reload: () => void }) {
  const { t } = useI18n();
  const people = useRoomPeople(roomId);
  const [f, setF] = useState({
    personId: "" as number | "",
    date: todayIso(),
    hours: "",
    kind: "volunteer",
    activity: "",
  });
  const { msg, send } = useSend(reload);
  return (
    <form
      className="card grid"
      onSubmit={(e) => {
        e.preventDefault();
        void send(`/api/rooms/${roomId}/volunteers/hours`, "POST", {
          ...f,
          hours: Number(f.hours.replace(",", ".")),
        });
      }}
    >
      <h2>{t("people.volunteers.log")}</h2>
      <PersonSelect
        people={people}
        value={f.personId}
        onChange={(personId) => setF({ ...f, personId })}
        label={t("people.person")}
      />
      <label>
        {t("people.date")}
        <input type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} required />
      </label>
      <label>
        {t("people.volunteers.hours")}
        <input
          inputMode="decimal"
          value={f.hours}
          onChange={(e) => setF({ ...f, hours: e.target.value })}
          required
        />
      </label>
      <label>
        {t("people.volunteers.kind")}
        <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
          <option value="volunteer">{t("people.volunteers.kind.volunteer")}</option>
          <option value="staff_unpaid">{t("people.volunteers.kind.staff_unpaid")}</option>
        </select>
      </label>
      <label>
        {t("people.volunteers.activity")}
        <input
          value={f.activity}
          onChange={(e) => setF({ ...f, activity: e.target.value })}
          maxLength={100}
        />
      </label>
      <div>
        <button type="submit" className="primary" disabled={!f.personId}>
          {t("people.save")}
        </button>
      </div>
      <MsgLine msg={msg} />
    </form>
  );
}

function Groups({ roomId }: { roomId: string }) {
  const { t } = useI18n();
  const { data, reload } = useApi<{ groups: Group[] }>(`/api/rooms/${roomId}/volunteers/groups`);
  const people = useRoomPeople(roomId);
  const [name, setName] = useState("");
  const [join, setJoin] = useState<Record<number, number | "">>({});
  const { msg, send } = useSend(reload);
  return (
    <>
      <h2>{t("people.volunteers.groups")}</h2>
      {data?.groups.map((g) => (
        <div key={g.id} className="card">
          <h3>{g.name}</h3>
          <ul>
            {g.members
              .filter((m) => m.leftOn === null)
              .map((m) => (
                <li key={m.personId}>
                  <Link to={`/rooms/${roomId}/people/${m.personId}`}>{m.firstName ?? `#${m.personId}`}</Link>{" "}
                  <span className="muted">({m.joined})</span>{" "}
                  <button
                    type="button"
                    className="ghost"
                    onClick={() =>
                      void send(
                        `/api/rooms/${roomId}/volunteers/groups/${g.id}/members/${m.personId}/leave`,
                        "POST",
                        { leftOn: todayIso() },
                      )
                    }
                  >
                    {t("people.volunteers.leave")}
                  </button>
                </li>
              ))}
          </ul>
          <div className="row">
            <PersonSelect
              people={people}
              value={join[g.id] ?? ""}
              onChange={(v) => setJoin({ ...join, [g.id]: v })}
              label={t("people.person")}
            />
            <button
              type="button"
              disabled={!join[g.id]}
              onClick={() =>
                void send(`/api/rooms/${roomId}/volunteers/groups/${g.id}/members`, "POST", {
                  personId: join[g.id],
                  joined: todayIso(),
                })
              }
            >
              {t("people.volunteers.join")}
            </button>
          </div>
        </div>
      ))}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`/api/rooms/${roomId}/volunteers/groups`, "POST", { name });
        }}
      >
        <label className="inline">
          {t("people.volunteers.groupName")}{" "}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <button type="submit">{t("people.volunteers.addGroup")}</button>
      </form>
      <MsgLine msg={msg} />
    </>
  );
}

/** Volunteers: hours waiting for approval, hours per volunteer per month, logging hours, groups. */
export function VolunteersPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear());
  const { data, error, reload } = useApi<{ monthly: MonthlyHours[]; pending: HoursRow[] }>(
    `/api/rooms/${roomId}/volunteers/hours?year=${year}`,
  );
  return (
    <section>
      <h1>{t("people.volunteers.title")}</h1>
      {error && <p className="error">{error.message}</p>}
      <h2>{t("people.volunteers.pending")}</h2>
      {data && <PendingHours roomId={roomId!} pending={data.pending} reload={reload} />}
      <h2>{t("people.volunteers.monthly")}</h2>
      <YearInput year={year} onChange={setYear} />
      {data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("people.person")}</th>
                <th>{t("people.volunteers.month")}</th>
                <th className="num">{t("people.volunteers.volunteer")}</th>
                <th className="num">{t("people.volunteers.staffUnpaid")}</th>
                <th className="num">{t("people.volunteers.pendingCol")}</th>
              </tr>
            </thead>
            <tbody>
              {data.monthly.map((m) => (
                <tr key={`${m.personId}-${m.month}`}>
                  <td>
                    <Link to={`/rooms/${roomId}/people/${m.personId}`}>
                      {m.firstName ?? `#${m.personId}`}
                    </Link>
                  </td>
                  <td>{m.month}</td>
                  <td className="num">{m.volunteer}</td>
                  <td className="num">{m.staffUnpaid}</td>
                  <td className="num">{m.pending || ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LogHours roomId={roomId!} reload={reload} />
      <Groups roomId={roomId!} />
    </section>
  );
}
