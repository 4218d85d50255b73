import { type FormEvent, useRef, useState } from "react";
import { useParams } from "react-router";
import type { HoursRow } from "../../../domain/desk/ports";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { dutchDate, shiftDay, todayIso } from "./common";
import { PersonPicker } from "./person-picker";
import { newKey } from "./queue";

type Volunteer = { id: number; firstName: string | null; street: string | null };

/** Volunteers log their own hours of today (or correct yesterday's); coordinators approve them. */
export function HoursPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const today = todayIso();
  const volunteers = useApi<{ volunteers: Volunteer[] }>(`/api/rooms/${roomId}/desk/volunteers`);
  const list = useApi<{ hours: Omit<HoursRow, "createdBy">[] }>(`/api/rooms/${roomId}/desk/hours`);
  const [person, setPerson] = useState<{ id: number; firstName: string | null } | null>(null);
  const [day, setDay] = useState(today);
  const [hours, setHours] = useState("");
  const [group, setGroup] = useState("");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const key = useRef(newKey());
  const isCoordinator = me?.role === "coordinator";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const h = Number(hours.replace(",", "."));
    if (!person)
      return setMessage({ text: `${t("desk.hours.who")} ${t("desk.field.required")}`, error: true });
    if (!hours.trim() || !Number.isFinite(h) || h <= 0 || h > 24)
      return setMessage({ text: `${t("desk.hours.hours")}: ${t("desk.field.required")}`, error: true });
    try {
      const res = await api<{ corrected: boolean }>(`/api/rooms/${roomId}/desk/hours`, {
        body: { key: key.current, personId: person.id, date: day, hours: h, activity: group.trim() || null },
      });
      key.current = newKey();
      setMessage({ text: res.corrected ? t("desk.hours.corrected") : t("desk.hours.saved") });
      setHours("");
      list.reload();
    } catch (err) {
      setMessage({
        text: err instanceof ApiError && err.status === 0 ? t("desk.offlineForm") : (err as Error).message,
        error: true,
      });
    }
  }

  async function review(id: number, status: "approved" | "rejected", corrected?: number) {
    try {
      await api(`/api/rooms/${roomId}/hours/${id}`, {
        method: "PATCH",
        body: { status, ...(corrected !== undefined ? { hours: corrected } : {}) },
      });
      list.reload();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  const vols = volunteers.data?.volunteers ?? [];
  return (
    <section className="desk-form">
      <h1>{t("desk.hours.title")}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {vols.length > 0 && !person ? (
          <label>
            {t("desk.hours.who")}
            <select
              value=""
              onChange={(e) => setPerson(vols.find((v) => v.id === Number(e.target.value)) ?? null)}
            >
              <option value="">{t("desk.hours.choose")}</option>
              {vols.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.firstName} {v.street ? `(${v.street})` : ""}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <PersonPicker roomId={roomId!} label={t("desk.hours.who")} value={person} onChange={setPerson} />
        )}
        {person && vols.length > 0 && (
          <p>
            <strong>{person.firstName}</strong>{" "}
            <button type="button" className="ghost" onClick={() => setPerson(null)}>
              {t("desk.job.remove")}
            </button>
          </p>
        )}
        <fieldset>
          <legend>{t("desk.hours.day")}</legend>
          <label className="inline">
            <input type="radio" name="day" checked={day === today} onChange={() => setDay(today)} />
            {t("desk.hours.todayOpt")} ({dutchDate(today)})
          </label>
          <label className="inline">
            <input
              type="radio"
              name="day"
              checked={day === shiftDay(today, -1)}
              onChange={() => setDay(shiftDay(today, -1))}
            />
            {t("desk.hours.yesterdayOpt")} ({dutchDate(shiftDay(today, -1))})
          </label>
        </fieldset>
        <label>
          {t("desk.hours.hours")}
          <input
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            autoComplete="off"
          />
        </label>
        <label>
          {t("desk.hours.group")}
          <input value={group} onChange={(e) => setGroup(e.target.value)} autoComplete="off" />
        </label>
        {message && (
          <p className={message.error ? "error" : ""} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <button type="submit" className="primary">
          <span aria-hidden="true">✓</span> {t("desk.hours.save")}
        </button>
      </form>

      <h2>{isCoordinator ? t("desk.hours.pendingList") : t("desk.hours.list")}</h2>
      {(list.data?.hours ?? []).length === 0 && <p className="muted">{t("desk.hours.none")}</p>}
      <ul className="desk-hours">
        {(list.data?.hours ?? []).map((h) => (
          <HoursItem key={h.id} row={h} canReview={isCoordinator} onReview={review} />
        ))}
      </ul>
    </section>
  );
}

function HoursItem({
  row,
  canReview,
  onReview,
}: {
  row: Omit<HoursRow, "createdBy">;
  canReview: boolean;
  onReview: (id: number, status: "approved" | "rejected", hours?: number) => Promise<void>;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(row.hours));
  return (
    <li className="row">
      <span>
        {dutchDate(row.date)} · <strong>{row.firstName}</strong> · {row.hours}{" "}
        {t("desk.job.hours").toLowerCase()}
        {row.activity ? ` · ${row.activity}` : ""} · {t(`desk.hours.status.${row.status}`)}
      </span>
      {canReview && row.status === "pending" && (
        <span className="row">
          <label className="inline">
            <span className="sr-only">{t("desk.job.hours")}</span>
            <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} size={4} />
          </label>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const v = Number(value.replace(",", "."));
              void onReview(row.id, "approved", Number.isFinite(v) && v !== row.hours ? v : undefined);
            }}
          >
            {t("desk.hours.approve")}
          </button>
          <button type="button" onClick={() => void onReview(row.id, "rejected")}>
            {t("desk.hours.reject")}
          </button>
        </span>
      )}
    </li>
  );
}
