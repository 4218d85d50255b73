import { type FormEvent, useRef, useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { hoursNeedConfirmation } from "../../../domain/desk/rules";
import type { Activity, Room } from "../../../domain/rooms/ports";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { ServerError, todayIso, useOpenAtTop } from "./common";
import { PersonPicker } from "./person-picker";
import { newKey } from "./queue";

type Volunteer = { id: number; firstName: string | null; street: string | null };

/** Odd jobs (klussen): counted in jobs; the volunteers' hours wait for the coordinator's approval. */
export function JobPage() {
  const { roomId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { t } = useI18n();
  const today = todayIso();
  const room = useApi<Room & { activities: Activity[] }>(`/api/rooms/${roomId}`);
  const volunteers = useApi<{ volunteers: Volunteer[] }>(`/api/rooms/${roomId}/desk/volunteers`);
  const jobActivities = (room.data?.activities ?? []).filter((a) => a.type === "jobs" && a.active);
  const [activityId, setActivityId] = useState<number | null>(Number(params.get("activityId")) || null);
  const chosen = activityId ?? jobActivities[0]?.id ?? null;
  const [date, setDate] = useState(params.get("date") ?? today);
  const [kind, setKind] = useState("");
  const [count, setCount] = useState("1");
  const [forWhom, setForWhom] = useState<{ id: number; firstName: string | null } | null>(null);
  // Hours as typed: a new helper's field starts empty, so typing 2 gives 2 (issue 16 saw 12).
  const [crew, setCrew] = useState<{ personId: number; hours: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [kindError, setKindError] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const key = useRef(newKey());
  const kindRef = useRef<HTMLInputElement>(null);
  const formRef = useOpenAtTop<HTMLFormElement>(!!room.data);
  const toHours = (s: string) => Number(s.replace(",", "."));

  async function submit(e: FormEvent | null, confirmed = false) {
    e?.preventDefault();
    setError(null);
    setConfirming(null);
    if (!kind.trim()) {
      setKindError(true);
      kindRef.current?.focus();
      return;
    }
    setKindError(false);
    const chosenCrew = crew.filter((c) => c.personId > 0);
    const jobs = Number(count);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 50)
      return setError(`${t("desk.job.count")}: ${t("desk.field.required")}`);
    const bad = chosenCrew.find((c) => {
      const h = toHours(c.hours);
      return !c.hours.trim() || !Number.isFinite(h) || h <= 0 || h > 24;
    });
    if (bad) return setError(`${t("desk.job.hours")}: ${t("desk.field.required")}`);
    const most = Math.max(0, ...chosenCrew.map((c) => toHours(c.hours)));
    if (!confirmed && hoursNeedConfirmation("job", most)) return setConfirming(most);
    try {
      await api(`/api/rooms/${roomId}/desk/jobs`, {
        body: {
          key: key.current,
          activityId: chosen,
          kind,
          count: jobs,
          personId: forWhom?.id ?? null,
          volunteers: chosenCrew.map((c) => ({ personId: c.personId, hours: toHours(c.hours) })),
          ...(date === today ? {} : { date }),
        },
      });
      void navigate(`/rooms/${roomId}/today${date === today ? "" : `?date=${date}`}`, {
        state: { toast: t("desk.job.saved") },
      });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 0 ? t("desk.offlineForm") : (err as Error).message);
    }
  }

  if (room.error) return <ServerError error={room.error} />;
  if (room.loading && !room.data) return <p>{t("common.loading")}</p>;
  if (jobActivities.length === 0) return <p>{t("desk.job.noJobActivity")}</p>;
  return (
    <section className="desk-form">
      <h1>{t("desk.job.title")}</h1>
      <ServerError error={volunteers.error} />
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t("desk.job.activity")}
          <select value={chosen ?? ""} onChange={(e) => setActivityId(Number(e.target.value))}>
            {jobActivities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("desk.job.date")}
          <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value || today)} />
        </label>
        <label>
          {t("desk.job.kind")}
          <input
            ref={kindRef}
            value={kind}
            placeholder={t("desk.job.kindHint")}
            onChange={(e) => setKind(e.target.value)}
            autoComplete="off"
            aria-invalid={kindError || undefined}
            aria-describedby={kindError ? "err-kind" : undefined}
          />
          {kindError && (
            <span className="error" id="err-kind">
              {t("desk.field.required")}
            </span>
          )}
        </label>
        <label>
          {t("desk.job.count")}
          <input
            type="number"
            min={1}
            max={50}
            value={count}
            // Typing replaces the 1 that is there (issue 16).
            onFocus={(e) => e.target.select()}
            onChange={(e) => setCount(e.target.value)}
          />
        </label>
        <PersonPicker roomId={roomId!} label={t("desk.job.forWhom")} value={forWhom} onChange={setForWhom} />
        <fieldset>
          <legend>{t("desk.job.volunteers")}</legend>
          {crew.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until a volunteer is chosen
            <div key={i} className="row desk-crew">
              <label>
                {t("desk.hours.who")}
                <select
                  value={c.personId || ""}
                  onChange={(e) =>
                    setCrew((all) =>
                      all.map((x, j) => (j === i ? { ...x, personId: Number(e.target.value) } : x)),
                    )
                  }
                >
                  <option value="">{t("desk.hours.choose")}</option>
                  {(volunteers.data?.volunteers ?? []).map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.firstName} {v.street ? `(${v.street})` : ""}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("desk.job.hours")}
                <input
                  inputMode="decimal"
                  autoComplete="off"
                  value={c.hours}
                  onFocus={(e) => e.target.select()}
                  onChange={(e) =>
                    setCrew((all) => all.map((x, j) => (j === i ? { ...x, hours: e.target.value } : x)))
                  }
                />
              </label>
              <button
                type="button"
                className="ghost"
                onClick={() => setCrew((all) => all.filter((_, j) => j !== i))}
              >
                {t("desk.job.remove")}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setCrew((all) => [...all, { personId: 0, hours: "" }])}>
            <span aria-hidden="true">＋</span> {t("desk.job.addVolunteer")}
          </button>
        </fieldset>
        {confirming !== null && (
          <div className="warning" role="alert">
            <p>{t("desk.job.confirmHours", { n: confirming })}</p>
            <button type="button" className="primary" onClick={() => void submit(null, true)}>
              {t("desk.hours.confirmYes")}
            </button>{" "}
            <button type="button" onClick={() => setConfirming(null)}>
              {t("desk.hours.confirmNo")}
            </button>
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          <span aria-hidden="true">✓</span> {t("desk.job.save")}
        </button>
      </form>
    </section>
  );
}
