import { type FormEvent, useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { TodayView } from "../../../domain/desk/get-today";
import { CONSENT_SENTENCES } from "../../i18n/desk";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { dutchDate, ServerError, useOpenAtTop } from "./common";
import { newKey } from "./queue";

interface Form {
  firstName: string;
  consent: boolean;
  street: string;
  phone: string;
  newcomer: boolean;
  referredBy: string;
  landlord: string;
  wantsMembership: boolean;
  /** Under 16: null until answered (an explicit choice, issue 16). */
  child: boolean | null;
  guardianName: string;
  guardianConsent: boolean;
}

/** A new visitor: first name and consent, the rest only if they want. Nothing else. */
export function NewVisitorPage() {
  const { roomId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { t } = useI18n();
  const date = params.get("date");
  // The activities of the day, in the order of the Today screen: the most used first.
  const day = useApi<TodayView>(`/api/rooms/${roomId}/desk/today${date ? `?date=${date}` : ""}`);
  const choices = (day.data?.activities ?? []).filter((a) => a.type !== "jobs" && a.active);
  const fromTile = Number(params.get("activityId")) || null;
  // null: not chosen; "none": registered without a visit (only when the room has no activity).
  const [picked, setPicked] = useState<number | "none" | null>(null);
  const preselected = choices.find((a) => a.id === fromTile)?.id ?? choices[0]?.id ?? null;
  const choice = picked ?? preselected;
  const activityId = typeof choice === "number" ? choice : null;
  const activity = choices.find((a) => a.id === activityId) ?? null;
  const formRef = useOpenAtTop<HTMLFormElement>(!day.loading);
  const [form, setForm] = useState<Form>({
    firstName: params.get("firstName") ?? "",
    consent: false,
    street: "",
    phone: "",
    newcomer: false,
    referredBy: "",
    landlord: "",
    wantsMembership: false,
    child: null,
    guardianName: "",
    guardianConsent: false,
  });
  // At an activity for children the age question must be answered; elsewhere it is optional.
  const askChild = !!activity?.forChildren;
  const child = form.child === true;
  // One key per form: pressing save again after a network error cannot create the person twice.
  const key = useRef(newKey());
  const [errors, setErrors] = useState<Partial<Record<keyof Form | "activity", string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lang, setLang] = useState("nl");
  const firstNameRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);
  const guardianRef = useRef<HTMLInputElement>(null);
  const activityRef = useRef<HTMLInputElement>(null);
  const childRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));

  function fieldError(field: keyof Form | "activity", text: string) {
    setErrors({ [field]: text });
    const ref =
      field === "firstName"
        ? firstNameRef
        : field === "consent"
          ? consentRef
          : field === "guardianName"
            ? guardianRef
            : field === "activity"
              ? activityRef
              : field === "child"
                ? childRef
                : null;
    ref?.current?.focus();
  }

  async function submit(e: FormEvent | null, notDuplicate = false) {
    e?.preventDefault();
    setMessage(null);
    setErrors({});
    if (!form.firstName.trim()) return fieldError("firstName", t("desk.field.required"));
    if (!form.consent) return fieldError("consent", t("desk.field.required"));
    if (askChild && form.child === null) return fieldError("child", t("desk.new.childRequired"));
    if (child && !form.guardianName.trim()) return fieldError("guardianName", t("desk.field.required"));
    if (child && !form.guardianConsent) return fieldError("guardianConsent", t("desk.field.required"));
    if (choice === null) return fieldError("activity", t("desk.new.chooseActivity"));
    setBusy(true);
    try {
      const saved = await api<{ visit: { activityId: number } | null }>(`/api/rooms/${roomId}/desk/people`, {
        body: {
          key: key.current,
          ...form,
          // Unanswered is left out (undefined is not sent), never sent as null.
          child: form.child === null ? undefined : child,
          notDuplicate,
          ...(activityId ? { activityId } : {}),
          ...(date ? { date } : {}),
        },
      });
      const name = form.firstName.trim();
      // Say exactly what was stored: the person, and the visit if there is one.
      const at = saved.visit ? choices.find((a) => a.id === saved.visit?.activityId) : undefined;
      const toast = saved.visit
        ? t("desk.new.savedWithVisit", { name, activity: at?.name ?? "" })
        : t("desk.new.savedNoVisit", { name });
      void navigate(
        `/rooms/${roomId}/today?${new URLSearchParams({ ...(saved.visit ? { a: String(saved.visit.activityId) } : {}), ...(date ? { date } : {}) })}`,
        { state: { toast } },
      );
    } catch (err) {
      if (err instanceof ApiError && err.code === "desk.duplicate_person") setDuplicate(err.message);
      else if (err instanceof ApiError && err.status === 0) setMessage(t("desk.offlineForm"));
      else if (err instanceof ApiError) {
        const d = err.details as { params?: { field?: string }; fields?: { field: string }[] } | undefined;
        const field = (d?.params?.field ?? d?.fields?.[0]?.field) as keyof Form | undefined;
        if (field && field in form) fieldError(field, err.message);
        setMessage(err.message);
      } else setMessage(t("error.generic"));
    } finally {
      setBusy(false);
    }
  }

  const consent = CONSENT_SENTENCES.find((c) => c.lang === lang) ?? CONSENT_SENTENCES[0];
  const err = (k: keyof Form | "activity") =>
    errors[k] ? (
      <span className="error" id={`err-${k}`}>
        {errors[k]}
      </span>
    ) : null;
  const invalid = (k: keyof Form | "activity") =>
    errors[k] ? { "aria-invalid": true, "aria-describedby": `err-${k}` } : {};

  // Two answers, none given beforehand: tapping the same answer again never undoes it (issue 16).
  const childBlock = (
    <>
      <fieldset className="desk-child" {...invalid("child")}>
        <legend>{askChild ? t("desk.new.childQuestionRequired") : t("desk.new.childQuestion")}</legend>
        <label className="inline">
          <input
            ref={childRef}
            type="radio"
            name="child"
            checked={form.child === true}
            onChange={() => set("child", true)}
          />
          {t("desk.new.childYes")}
        </label>
        <label className="inline">
          <input
            type="radio"
            name="child"
            checked={form.child === false}
            onChange={() => set("child", false)}
          />
          {t("desk.new.childNo")}
        </label>
        {err("child")}
      </fieldset>
      {child && (
        <>
          <label>
            {t("desk.new.guardianName")}
            <input
              ref={guardianRef}
              value={form.guardianName}
              onChange={(e) => set("guardianName", e.target.value)}
              autoComplete="off"
              {...invalid("guardianName")}
            />
            {err("guardianName")}
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={form.guardianConsent}
              onChange={(e) => set("guardianConsent", e.target.checked)}
              {...invalid("guardianConsent")}
            />
            {t("desk.new.guardianConsent")}
          </label>
          {err("guardianConsent")}
        </>
      )}
    </>
  );

  return (
    <section className="desk-form">
      <h1>{t("desk.new.title")}</h1>
      {date && <p className="warning">{t("desk.pastDay", { date: dutchDate(date) })}</p>}
      <ServerError error={day.error} />
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t("desk.new.firstName")}
          <input
            ref={firstNameRef}
            value={form.firstName}
            onChange={(e) => set("firstName", e.target.value)}
            autoComplete="off"
            required
            {...invalid("firstName")}
          />
          {err("firstName")}
        </label>

        <div className="desk-consent">
          <p className="small">{t("desk.new.consentRead")}</p>
          <fieldset className="desk-consent-langs">
            <legend className="sr-only">{t("nav.language")}</legend>
            {CONSENT_SENTENCES.map((c) => (
              <button
                key={c.lang}
                type="button"
                lang={c.lang}
                className={c.lang === lang ? "primary" : ""}
                aria-pressed={c.lang === lang}
                onClick={() => setLang(c.lang)}
              >
                {c.label}
              </button>
            ))}
          </fieldset>
          <p className="desk-consent-text" lang={consent.lang} dir={consent.dir}>
            {consent.text}
          </p>
          <label className="inline">
            <input
              ref={consentRef}
              type="checkbox"
              checked={form.consent}
              onChange={(e) => set("consent", e.target.checked)}
              {...invalid("consent")}
            />
            {t("desk.new.consent")}
          </label>
          {err("consent")}
        </div>

        {day.data && (
          <fieldset className="desk-visit-choice" {...invalid("activity")}>
            <legend>{t("desk.new.whichActivity")}</legend>
            {choices.length === 0 && <p>{t("desk.new.noActivityToday")}</p>}
            {choices.map((a, i) => (
              <label key={a.id} className="inline">
                <input
                  ref={i === 0 ? activityRef : undefined}
                  type="radio"
                  name="activity"
                  checked={choice === a.id}
                  onChange={() => setPicked(a.id)}
                />
                {a.name}
              </label>
            ))}
            {choices.length === 0 && (
              <label className="inline">
                <input
                  ref={activityRef}
                  type="radio"
                  name="activity"
                  checked={choice === "none"}
                  onChange={() => setPicked("none")}
                />
                {t("desk.new.onlyRegister")}
              </label>
            )}
            {err("activity")}
          </fieldset>
        )}

        {askChild && childBlock}
        <fieldset>
          <legend>{t("desk.new.optional")}</legend>
          <label>
            {t("desk.new.street")}
            <input value={form.street} onChange={(e) => set("street", e.target.value)} autoComplete="off" />
          </label>
          <label>
            {t("desk.new.phone")}
            <input
              type="tel"
              value={form.phone}
              onChange={(e) => set("phone", e.target.value)}
              autoComplete="off"
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={form.newcomer}
              onChange={(e) => set("newcomer", e.target.checked)}
            />
            {t("desk.new.newcomer")}
          </label>
          <label>
            {t("desk.new.referredBy")}
            <input
              value={form.referredBy}
              onChange={(e) => set("referredBy", e.target.value)}
              autoComplete="off"
            />
          </label>
          <label>
            {t("desk.new.landlord")}
            <input
              value={form.landlord}
              onChange={(e) => set("landlord", e.target.value)}
              autoComplete="off"
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={form.wantsMembership}
              onChange={(e) => set("wantsMembership", e.target.checked)}
            />
            {t("desk.new.wantsMembership")}
          </label>
          {!askChild && childBlock}
        </fieldset>

        {duplicate && (
          <div className="warning" role="alert">
            <p>{duplicate}</p>
            <button type="button" onClick={() => void submit(null, true)}>
              {t("desk.new.duplicate")}
            </button>{" "}
            <Link
              className="button"
              to={`/rooms/${roomId}/today?${new URLSearchParams({ ...(activityId ? { a: String(activityId) } : {}), ...(date ? { date } : {}) })}`}
            >
              {t("desk.new.chooseExisting")}
            </Link>
          </div>
        )}
        {message && !duplicate && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          <span aria-hidden="true">✓</span>{" "}
          {activity ? t("desk.new.andRegister", { activity: activity.name }) : t("desk.new.save")}
        </button>
      </form>
    </section>
  );
}
