import { type FormEvent, useRef, useState } from "react";
import { useParams } from "react-router";
import type { HoursRow } from "../../../domain/desk/ports";
import { hoursNeedConfirmation } from "../../../domain/desk/rules";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { dutchDate, ServerError, shiftDay, todayIso, useOpenAtTop } from "./common";
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
  // Hours above a plausible day wait for "Ja, dit klopt" (issue 16).
  const [confirming, setConfirming] = useState<number | null>(null);
  const key = useRef(newKey());
  const isCoordinator = me?.role === "coordinator";
  const formRef = useOpenAtTop<HTMLFormElement>(!volunteers.loading || !!volunteers.error);

  async function submit(e: FormEvent | null, confirmed = false) {
    e?.preventDefault();
    setMessage(null);
    setConfirming(null);
    const h = Number(hours.replace(",", "."));
    if (!person)
      return setMessage({ text: `${t("desk.hours.who")} ${t("desk.field.required")}`, error: true });
    if (!hours.trim() || !Number.isFinite(h) || h <= 0 || h > 24)
      return setMessage({ text: `${t("desk.hours.hours")}: ${t("desk.field.required")}`, error: true });
    if (!confirmed && hoursNeedConfirmation("day", h)) return setConfirming(h);
    try {
      await api(`/api/rooms/${roomId}/desk/hours`, {
        body: { key: key.current, personId: person.id, date: day, hours: h, activity: group.trim() || null },
      });
      key.current = newKey();
      setMessage({ text: t("desk.hours.saved") });
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

  async function correct(id: number, value: number) {
    setMessage(null);
    try {
      await api(`/api/rooms/${roomId}/desk/hours/${id}`, { method: "PATCH", body: { hours: value } });
      setMessage({ text: t("desk.hours.lineCorrected") });
      list.reload();
      return true;
    } catch (err) {
      setMessage({
        text: err instanceof ApiError && err.status === 0 ? t("desk.offlineForm") : (err as Error).message,
        error: true,
      });
      return false;
    }
  }

  const vols = volunteers.data?.volunteers ?? [];
  return (
    <section className="desk-form">
      <h1>{t("desk.hours.title")}</h1>
      <ServerError error={volunteers.error} />
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        {person ? (
          // The chosen name, once (issue 16 saw it twice), with a way to choose another.
          <p className="desk-picked">
            <span>{t("desk.hours.who")}</span> <strong>{person.firstName}</strong>{" "}
            <button type="button" className="ghost" onClick={() => setPerson(null)}>
              {t("desk.hours.otherName")}
            </button>
          </p>
        ) : vols.length > 0 ? (
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
        {confirming !== null && (
          <div className="warning" role="alert">
            <p>{t("desk.hours.confirmDay", { n: confirming })}</p>
            <button type="button" className="primary" onClick={() => void submit(null, true)}>
              {t("desk.hours.confirmYes")}
            </button>{" "}
            <button type="button" onClick={() => setConfirming(null)}>
              {t("desk.hours.confirmNo")}
            </button>
          </div>
        )}
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
      <ServerError error={list.error} />
      {!list.error && (list.data?.hours ?? []).length === 0 && (
        <p className="muted">{t("desk.hours.none")}</p>
      )}
      <ul className="desk-hours">
        {(list.data?.hours ?? []).map((h) => (
          <HoursItem
            key={h.id}
            row={h}
            canReview={isCoordinator}
            canCorrect={h.fromDesk && h.status === "pending" && h.date >= shiftDay(today, -1)}
            onReview={review}
            onCorrect={correct}
          />
        ))}
      </ul>
    </section>
  );
}

function HoursItem({
  row,
  canReview,
  canCorrect,
  onReview,
  onCorrect,
}: {
  row: Omit<HoursRow, "createdBy">;
  canReview: boolean;
  canCorrect: boolean;
  onReview: (id: number, status: "approved" | "rejected", hours?: number) => Promise<void>;
  onCorrect: (id: number, hours: number) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(row.hours));
  const [editing, setEditing] = useState(false);
  const [invalid, setInvalid] = useState(false);
  return (
    <li className="row">
      <span>
        {dutchDate(row.date)} · <strong>{row.firstName}</strong> · {row.hours}{" "}
        {t("desk.job.hours").toLowerCase()}
        {row.activity ? ` · ${row.activity}` : ""} · {t(`desk.hours.status.${row.status}`)}
      </span>
      {canCorrect && !canReview && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          {t("desk.hours.correct")}
        </button>
      )}
      {canCorrect && !canReview && editing && (
        <span className="row">
          <label className="inline">
            {t("desk.job.hours")}
            <input
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onFocus={(e) => e.target.select()}
              size={4}
              aria-invalid={invalid || undefined}
            />
          </label>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const v = Number(value.replace(",", "."));
              if (!value.trim() || !Number.isFinite(v) || v <= 0 || v > 24) return setInvalid(true);
              setInvalid(false);
              void onCorrect(row.id, v).then((ok) => ok && setEditing(false));
            }}
          >
            {t("desk.hours.correctSave")}
          </button>
        </span>
      )}
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
