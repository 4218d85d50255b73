import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import type { TodayView } from "../../../domain/desk/get-today";
import type { PersonChoice } from "../../../domain/desk/search-people";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { dutchDate, PendingBanner, ServerError, type Toast, ToastBar, todayIso, usePending } from "./common";
import { TodaysOpeners } from "./openers";
import { dropPending, enqueue, newKey } from "./queue";

type Activity = TodayView["activities"][number];

function countText(t: (k: string, p?: Record<string, string | number>) => string, a: Activity): string {
  if (a.type === "jobs") return a.count.total === 1 ? t("desk.job1") : t("desk.jobs", { n: a.count.total });
  return a.count.total === 1 ? t("desk.person") : t("desk.people", { n: a.count.total });
}

/** Vandaag: tap an activity, tap a name — registered. "+1" for someone without a name. */
export function TodayPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const date = params.get("date") ?? today;
  const selectedId = Number(params.get("a")) || null;
  const dateQuery = date === today ? "" : `date=${date}`;
  const base = `/api/rooms/${roomId}/desk`;
  const todayApi = useApi<TodayView>(`${base}/today${dateQuery ? `?${dateQuery}` : ""}`);
  const [q, setQ] = useState("");
  const peopleApi = useApi<{ people: PersonChoice[] }>(
    selectedId
      ? `${base}/people?activityId=${selectedId}&q=${encodeURIComponent(q)}${dateQuery ? `&${dateQuery}` : ""}`
      : null,
  );
  const location = useLocation();
  const arrived = (location.state as { toast?: string } | null)?.toast;
  const [toast, setToast] = useState<Toast | null>(arrived ? { text: arrived } : null);
  const [askFirst, setAskFirst] = useState<number | null>(null);
  const [busy, setBusy] = useState<Set<number>>(new Set());
  const [nudgeFor, setNudgeFor] = useState<number | null>(null);
  const reloadToday = todayApi.reload;
  const reloadPeople = peopleApi.reload;
  const reloadAll = useCallback(() => {
    reloadToday();
    reloadPeople();
  }, [reloadToday, reloadPeople]);
  const pending = usePending(reloadAll);

  useEffect(() => {
    if (!toast || toast.kind === "error") return;
    const timer = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);

  // A day the server refused keeps no tiles of the day shown before (issue 16).
  const dayData = todayApi.data?.date === date && !todayApi.error ? todayApi.data : undefined;
  const activities = dayData?.activities ?? [];
  const selected = activities.find((a) => a.id === selectedId) ?? null;
  // On a tablet the names sit below the tiles: bring them into view after the first tap.
  const panelRef = useRef<HTMLDivElement>(null);
  const selectedName = selected?.name;
  useEffect(() => {
    if (selectedName) panelRef.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [selectedName]);

  function select(id: number | null) {
    const next = new URLSearchParams(params);
    if (id) next.set("a", String(id));
    else next.delete("a");
    setParams(next, { replace: true });
    setQ("");
    setAskFirst(null);
    setNudgeFor(null);
  }

  async function undo(visitId: number) {
    try {
      await api(`${base}/visits/${visitId}`, { method: "DELETE" });
      setToast({ text: t("desk.undone") });
    } catch (e) {
      setToast({ text: t("desk.failed", { message: (e as Error).message }), kind: "error" });
    }
    reloadAll();
  }

  async function register(activity: Activity, body: Record<string, unknown>, label: string, okText: string) {
    const key = newKey();
    const sent = await enqueue({
      key,
      path: `${base}/visits`,
      body: { key, activityId: activity.id, ...(date === today ? {} : { date }), ...body },
      label,
    });
    const mine = sent.find((s) => s.item.key === key);
    if (!mine) {
      setToast({ text: t("desk.pendingHelp"), undo: () => dropPending(key) });
      return;
    }
    if (mine.error) {
      setToast({ text: t("desk.failed", { message: mine.error }), kind: "error" });
      return;
    }
    const id = (mine.result as { id: number }).id;
    setToast({ text: okText, undo: () => void undo(id) });
  }

  async function registerPerson(activity: Activity, p: PersonChoice) {
    if (busy.has(p.id)) return;
    setBusy((b) => new Set(b).add(p.id));
    const name = p.firstName ?? "?";
    try {
      await register(
        activity,
        { personId: p.id },
        `${name} · ${activity.name}`,
        t("desk.registered", { name, activity: activity.name }),
      );
      if (p.askContact || p.askMembership) setNudgeFor(p.id);
    } finally {
      setBusy((b) => {
        const n = new Set(b);
        n.delete(p.id);
        return n;
      });
    }
  }

  async function tally(activity: Activity, firstTime: boolean) {
    setAskFirst(null);
    await register(
      activity,
      { firstTime },
      `+1 · ${activity.name}${firstTime ? ` (${t("desk.firstTimeShort")})` : ""}`,
      t("desk.tallied", { activity: activity.name }),
    );
  }

  if (todayApi.loading && !todayApi.data && !todayApi.error) return <p>{t("common.loading")}</p>;

  const people = peopleApi.error ? [] : (peopleApi.data?.people ?? []);
  const visitingLabel = selected ? selected.name : "";

  return (
    <section className="desk">
      <div className="desk-head">
        <h1>
          {t("desk.today")} <span className="muted desk-date">{dutchDate(date)}</span>
        </h1>
        <label className="desk-day">
          <span>{t("desk.otherDay")}</span>
          <input
            type="date"
            value={date}
            max={today}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (!e.target.value || e.target.value === today) next.delete("date");
              else next.set("date", e.target.value);
              setParams(next, { replace: true });
            }}
          />
        </label>
      </div>
      {date !== today && (
        <p className="warning">
          {t("desk.pastDay", { date: dutchDate(date) })}{" "}
          <Link to={`/rooms/${roomId}/today`}>{t("desk.backToToday")}</Link>
        </p>
      )}
      <ServerError error={todayApi.error} />
      {date === today && roomId && <TodaysOpeners roomId={roomId} />}
      <PendingBanner pending={pending} />
      <ToastBar toast={toast} onClose={() => setToast(null)} />

      {dayData && activities.length === 0 && <p>{t("desk.noActivities")}</p>}
      <ul className="desk-tiles">
        {activities.map((a) => (
          <li key={a.id} className={`desk-tile ${a.id === selectedId ? "selected" : ""}`}>
            <button
              type="button"
              className="desk-tile-main"
              aria-pressed={a.id === selectedId}
              onClick={() => select(a.id === selectedId ? null : a.id)}
            >
              <span className="desk-tile-name">{a.name}</span>
              <span className={`type-badge type-${a.type}`}>{t(`type.${a.type}`)}</span>
              <span className="desk-count">
                {countText(t, a)}
                {a.count.firstTime > 0 && (
                  <span className="small muted"> · {t("desk.firstTimers", { n: a.count.firstTime })}</span>
                )}
              </span>
            </button>
            {a.type === "jobs" ? (
              <Link
                className="button desk-plus"
                to={`/rooms/${roomId}/jobs/new?activityId=${a.id}${dateQuery ? `&${dateQuery}` : ""}`}
              >
                <span aria-hidden="true">🔧</span> {t("nav.job")}
              </Link>
            ) : askFirst === a.id ? (
              <fieldset className="desk-first">
                <legend className="small">{t("desk.firstTimeQ")}</legend>
                <button type="button" className="primary" onClick={() => void tally(a, true)}>
                  {t("desk.yesFirst")}
                </button>
                <button type="button" onClick={() => void tally(a, false)}>
                  {t("desk.noFirst")}
                </button>
              </fieldset>
            ) : (
              <button
                type="button"
                className="desk-plus"
                aria-label={t("desk.plusOneLabel", { name: a.name })}
                onClick={() => setAskFirst(a.id)}
              >
                {t("desk.plusOne")}
              </button>
            )}
          </li>
        ))}
      </ul>

      {selected && selected.type !== "jobs" && (
        <div className="card desk-panel" ref={panelRef}>
          <h2>{selected.name}</h2>
          <label>
            <span>
              <span aria-hidden="true">🔍 </span>
              {t("desk.search")}
            </span>
            <input
              type="search"
              value={q}
              autoComplete="off"
              placeholder={t("desk.searchHint")}
              onChange={(e) => setQ(e.target.value)}
            />
          </label>
          <ul className="desk-people" aria-label={t("desk.choosePerson")}>
            {people.map((p) => (
              <li key={p.id} className={p.visitToday ? "here" : ""}>
                <div className="desk-person-row">
                  <button
                    type="button"
                    className="desk-person"
                    disabled={!!p.visitToday || busy.has(p.id)}
                    onClick={() => void registerPerson(selected, p)}
                  >
                    <span className="desk-face" aria-hidden="true">
                      {p.visitToday ? "✓" : (p.firstName ?? "?").slice(0, 1).toUpperCase()}
                    </span>
                    <span className="desk-person-text">
                      <strong>{p.firstName}</strong>
                      {p.street && <span className="small muted"> {p.street}</span>}
                      {p.visitToday && <span className="small"> · {t("desk.here")}</span>}
                      {p.hasHelpQuestion && (
                        <span className="desk-badge">
                          <span aria-hidden="true">📝 </span>
                          {t("desk.helpMark")}
                        </span>
                      )}
                    </span>
                  </button>
                  {p.visitToday && (
                    <button type="button" className="ghost" onClick={() => void undo(p.visitToday!)}>
                      <span aria-hidden="true">↶</span> {t("desk.undo")}
                    </button>
                  )}
                  {(p.askContact || p.askMembership) && nudgeFor !== p.id && (
                    <button type="button" className="ghost desk-nudge-btn" onClick={() => setNudgeFor(p.id)}>
                      <span aria-hidden="true">💬</span>{" "}
                      {p.askMembership ? t("desk.askMembership") : t("desk.askContact")}
                    </button>
                  )}
                </div>
                {nudgeFor === p.id && (p.askContact || p.askMembership) && (
                  <NudgeForm
                    roomId={roomId!}
                    person={p}
                    onDone={() => {
                      setNudgeFor(null);
                      reloadPeople();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
          <ServerError error={peopleApi.error} />
          {people.length === 0 && !peopleApi.loading && !peopleApi.error && (
            <p className="muted">{t("desk.noneFound")}</p>
          )}
          <p className="desk-actions">
            {!peopleApi.error && (
              <Link
                className="button primary"
                to={`/rooms/${roomId}/visitors/new?activityId=${selected.id}${dateQuery ? `&${dateQuery}` : ""}${q ? `&firstName=${encodeURIComponent(q)}` : ""}`}
              >
                <span aria-hidden="true">＋</span> {t("nav.newVisitor")}
              </Link>
            )}
            <Link className="button" to={`/rooms/${roomId}/today/print/${selected.id}?date=${date}`}>
              <span aria-hidden="true">🖨</span> {t("desk.print")}
            </Link>
          </p>
          <p className="sr-only">{visitingLabel}</p>
        </div>
      )}
      {!selected && activities.length > 0 && <p className="muted">{t("desk.chooseActivity")}</p>}

      {(dayData?.mine.length ?? 0) > 0 && (
        <div className="desk-mine">
          <h2>{t("desk.mine")}</h2>
          <ul>
            {dayData!.mine.slice(0, 8).map((m) => (
              <li key={m.id}>
                <span>
                  {m.firstName ?? `+${m.count} ${t("desk.anonymous")}`}
                  {m.firstTime && ` (${t("desk.firstTimeShort")})`} ·{" "}
                  {activities.find((a) => a.id === m.activityId)?.name ?? ""}
                </span>
                <button type="button" className="ghost" onClick={() => void undo(m.id)}>
                  <span aria-hidden="true">↶</span> {t("desk.undo")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The gentle VOVOV prompt: ask for a phone number or membership, and write down the answer. */
function NudgeForm({ roomId, person, onDone }: { roomId: string; person: PersonChoice; onDone: () => void }) {
  const { t } = useI18n();
  const [phone, setPhone] = useState("");
  const [member, setMember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = person.firstName ?? "";
  async function save() {
    try {
      await api(`/api/rooms/${roomId}/desk/people/${person.id}/details`, {
        body: {
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          ...(member ? { wantsMembership: true } : {}),
        },
      });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("error.generic"));
    }
  }
  return (
    <div className="desk-nudge">
      <p>{t("desk.nudge", { name })}</p>
      {person.askContact && (
        <label>
          {t("desk.nudgePhone")}
          <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" />
        </label>
      )}
      {person.askMembership && (
        <label className="inline">
          <input type="checkbox" checked={member} onChange={(e) => setMember(e.target.checked)} />
          {t("desk.nudgeMember")}
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" onClick={() => void save()}>
        {t("desk.nudgeSave")}
      </button>{" "}
      <button type="button" className="ghost" onClick={onDone}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
