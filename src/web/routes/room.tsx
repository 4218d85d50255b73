import { useParams } from "react-router";
import type { Activity, Room } from "../../domain/rooms/ports";
import { useI18n } from "../i18n/index";
import { useApi } from "../lib/use-api";

/** A room's page: its details and the activities it runs. */
export function RoomPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { data, error, loading } = useApi<Room & { activities: Activity[] }>(`/api/rooms/${roomId}`);
  if (loading && !data) return <p>{t("common.loading")}</p>;
  if (error || !data) return <p className="error">{error?.message ?? t("error.generic")}</p>;
  return (
    <section>
      <h1>{data.name}</h1>
      <p className="muted">
        {data.city} · {t(`room.variant.${data.variant}`)}
        {data.opened ? ` · ${t("room.opened")} ${data.opened.slice(0, 4)}` : ""}
      </p>
      <h2>{t("room.activities")}</h2>
      {data.activities.length === 0 ? (
        <p>{t("room.noActivities")}</p>
      ) : (
        <ul className="activity-list">
          {data.activities.map((a) => (
            <li key={a.id} className={a.active ? "" : "inactive"}>
              <span className={`type-badge type-${a.type}`}>{t(`type.${a.type}`)}</span> {a.name}
              {!a.active && <span className="muted"> ({t("room.inactive")})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
