import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { ACTIVITY_TYPES } from "../../domain/activities/activity-types";
import type { Activity, Room } from "../../domain/rooms/ports";
import { useI18n } from "../i18n/index";
import { api } from "../lib/api";
import { useSession } from "../lib/session";
import { useApi } from "../lib/use-api";

/** A room's page: its details and the activities it runs; staff add, stop and restart activities. */
export function RoomPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const { data, error, loading, reload } = useApi<Room & { activities: Activity[] }>(`/api/rooms/${roomId}`);
  const [type, setType] = useState<string>("social");
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string>();
  const staff = me?.role === "coordinator" || me?.role === "cooperative";
  if (loading && !data) return <p>{t("common.loading")}</p>;
  if (error || !data) return <p className="error">{error?.message ?? t("error.generic")}</p>;

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await api(`/api/rooms/${roomId}/activities`, { body: { type, name } });
      setName("");
      setMessage(undefined);
      reload();
    } catch (err) {
      setMessage((err as Error).message);
    }
  }

  async function toggleChildren(a: Activity) {
    await api(`/api/rooms/${roomId}/activities/${a.id}`, {
      method: "PATCH",
      body: { forChildren: !a.forChildren },
    }).catch((err: Error) => setMessage(err.message));
    reload();
  }

  async function toggle(a: Activity) {
    await api(`/api/rooms/${roomId}/activities/${a.id}`, {
      method: "PATCH",
      body: { active: !a.active },
    }).catch((err: Error) => setMessage(err.message));
    reload();
  }

  return (
    <section>
      <h1>{data.name}</h1>
      <p className="muted">
        {[data.city, data.neighbourhood].filter(Boolean).join(", ")} · {t(`room.variant.${data.variant}`)}
        {data.opened ? ` · ${t("room.opened")} ${data.opened.slice(0, 4)}` : ""}
      </p>
      <h2>{t("room.activities")}</h2>
      {data.activities.length === 0 ? (
        <p>{t("room.noActivities")}</p>
      ) : (
        <ul className="activity-list">
          {data.activities.map((a) => (
            <li key={a.id} className={`row ${a.active ? "" : "inactive"}`}>
              <span className={`type-badge type-${a.type}`}>{t(`type.${a.type}`)}</span>
              <span>{a.name}</span>
              {!a.active && <span className="muted">({t("room.inactive")})</span>}
              {staff ? (
                <label className="inline">
                  <input type="checkbox" checked={a.forChildren} onChange={() => void toggleChildren(a)} />
                  {t("room.forChildren")}
                </label>
              ) : (
                a.forChildren && <span className="muted">({t("room.forChildren")})</span>
              )}
              {staff && (
                <button type="button" className="ghost" onClick={() => void toggle(a)}>
                  {a.active ? t("room.stop") : t("room.restart")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {staff && (
        <form className="card row" onSubmit={add} aria-label={t("room.addActivity")}>
          <label>
            {t("room.type")}
            <select value={type} onChange={(e) => setType(e.target.value)}>
              {ACTIVITY_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`type.${x}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("room.activityName")}
            <input required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t("room.addActivity")}
          </button>
          {message && (
            <p className="error" role="alert">
              {message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
