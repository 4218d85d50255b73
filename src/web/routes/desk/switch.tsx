import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { CredentialFields } from "../../components/credential-fields";
import { useI18n } from "../../i18n/index";
import { ApiError, api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "../../desk.css";

/**
 * Shared desk tablets (issue 8): a coordinator switches from the desk account to their own with a
 * PIN, after signing in once a day on this tablet. The server enforces every limit; the screen
 * only makes it quick.
 */

interface Person {
  userId: number;
  name: string;
}

interface SwitchStatus {
  switched: boolean;
  name: string | null;
  idleMs: number;
}

const PIN_RE = /^\d{4,6}$/;

/** "Wissel" in the header, for the desk account only. */
export function DeskSwitchButton({ roomId }: { roomId: string }) {
  const { me } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  if (me?.role !== "desk") return null;
  return (
    <button type="button" className="ghost" onClick={() => void navigate(`/rooms/${roomId}/switch`)}>
      {t("desk.switch.button")}
    </button>
  );
}

/**
 * While someone has switched on a desk tablet: who, and "Terug naar balie". Goes back by itself
 * after the idle time without a tap or key; keeps the server's session alive while people work.
 */
export function SwitchedBar() {
  const { me, refresh } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SwitchStatus | null>(null);

  useEffect(() => {
    setStatus(null);
    if (me?.role !== "coordinator" && me?.role !== "cooperative") return;
    let live = true;
    api<SwitchStatus>("/api/desk-switch/status")
      .then((s) => {
        if (live) setStatus(s);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [me]);

  const back = useCallback(
    async (reason: "button" | "idle") => {
      await api("/api/desk-switch/return", { body: { reason } }).catch(() => {});
      setStatus(null);
      await refresh();
      void navigate("/");
    },
    [refresh, navigate],
  );

  useEffect(() => {
    if (!status?.switched) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPing = Date.now();
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void back("idle"), status.idleMs);
      // Someone typing a long text makes no requests: tell the server now and then. After a long
      // sleep the server may have gone back to the desk already: then the screen follows.
      if (Date.now() - lastPing > 60_000) {
        lastPing = Date.now();
        api<SwitchStatus>("/api/desk-switch/status")
          .then((s) => {
            if (!s.switched) void back("idle");
          })
          .catch(() => {});
      }
    };
    reset();
    const events = ["pointerdown", "keydown", "touchstart", "wheel"] as const;
    for (const e of events) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset);
    };
  }, [status, back]);

  if (!status?.switched) return null;
  return (
    <div className="desk-switch-bar" role="status">
      <span>{t("desk.switch.workingAs", { name: status.name ?? "" })}</span>
      <span className="small desk-switch-bar-hint">{t("desk.switch.idleHint")}</span>
      <button type="button" className="primary" onClick={() => void back("button")}>
        {t("desk.switch.return")}
      </button>
    </div>
  );
}

/** The desk's "Wissel" screen: choose your name and type your PIN, or sign in for today. */
export function DeskSwitchPage() {
  const { t } = useI18n();
  const { roomId = "" } = useParams();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const { data, error } = useApi<{ people: Person[] }>("/api/desk-switch/people");
  const [chosen, setChosen] = useState<Person | null>(null);
  const [unlocking, setUnlocking] = useState(false);

  const switched = useCallback(async () => {
    await refresh();
    void navigate(`/rooms/${roomId}/dashboard`);
  }, [refresh, navigate, roomId]);

  if (me && me.role !== "desk") return <p>{t("desk.switch.onlyDesk")}</p>;
  const people = data?.people ?? [];

  return (
    <section className="desk-switch" aria-labelledby="switch-title">
      <h1 id="switch-title">
        {unlocking
          ? t("desk.switch.unlockTitle")
          : chosen
            ? t("desk.switch.pinFor", { name: chosen.name })
            : t("desk.switch.title")}
      </h1>
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      {unlocking ? (
        <UnlockForm onDone={switched} onCancel={() => setUnlocking(false)} />
      ) : chosen ? (
        <PinPad
          person={chosen}
          onDone={switched}
          onCancel={() => setChosen(null)}
          onLocked={() => setChosen(null)}
        />
      ) : (
        <>
          <p>{t("desk.switch.intro")}</p>
          {data && people.length === 0 && <p className="muted">{t("desk.switch.nobody")}</p>}
          <ul className="desk-switch-people">
            {people.map((p) => (
              <li key={p.userId}>
                <button type="button" className="desk-switch-person" onClick={() => setChosen(p)}>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
          <div className="desk-actions">
            <button type="button" className="primary" onClick={() => setUnlocking(true)}>
              {t("desk.switch.unlockButton")}
            </button>
            <Link className="button" to={`/rooms/${roomId}/today`}>
              {t("desk.switch.backToDesk")}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

function PinPad({
  person,
  onDone,
  onCancel,
  onLocked,
}: {
  person: Person;
  onDone: () => Promise<void>;
  onCancel: () => void;
  onLocked: () => void;
}) {
  const { t } = useI18n();
  const [pin, setPin] = useState("");
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = useCallback(async () => {
    if (!PIN_RE.test(pin) || busy) return;
    setBusy(true);
    setMessage(undefined);
    try {
      await api("/api/desk-switch/switch", { body: { userId: person.userId, pin } });
      await onDone();
    } catch (err) {
      setPin("");
      setMessage((err as Error).message);
      if (
        err instanceof ApiError &&
        (err.code === "desk_switch.pin_locked" || err.code === "desk_switch.not_unlocked")
      )
        setTimeout(onLocked, 4000);
    } finally {
      setBusy(false);
    }
  }, [pin, busy, person.userId, onDone, onLocked]);

  const press = useCallback((key: string) => {
    setMessage(undefined);
    if (key === "del") setPin((p) => p.slice(0, -1));
    else setPin((p) => (p.length < 6 ? p + key : p));
  }, []);

  // A keyboard works too: digits, Backspace, Enter.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (/^\d$/.test(e.key)) press(e.key);
      else if (e.key === "Backspace") press("del");
      else if (e.key === "Enter") void submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [press, submit]);

  return (
    <div className="desk-pin">
      <p className="desk-pin-dots" aria-live="polite">
        <span className="sr-only">{t("desk.switch.pinTyped", { n: pin.length })}</span>
        {pin.length === 0 ? (
          <span className="muted">{t("desk.switch.typePin")}</span>
        ) : (
          <span aria-hidden="true">{"●".repeat(pin.length)}</span>
        )}
      </p>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="desk-pin-pad">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => (
          <button key={d} type="button" className="desk-pin-key" onClick={() => press(d)} disabled={busy}>
            {d}
          </button>
        ))}
        <button type="button" className="desk-pin-key" onClick={() => press("del")} disabled={busy}>
          <span aria-hidden="true">⌫ </span>
          {t("desk.switch.delete")}
        </button>
        <button type="button" className="desk-pin-key" onClick={() => press("0")} disabled={busy}>
          0
        </button>
        <button
          type="button"
          className="desk-pin-key primary"
          onClick={() => void submit()}
          disabled={busy || !PIN_RE.test(pin)}
        >
          {t("desk.switch.ok")}
        </button>
      </div>
      <div className="desk-actions">
        <button type="button" onClick={onCancel}>
          {t("desk.switch.otherPerson")}
        </button>
      </div>
    </div>
  );
}

function UnlockForm({ onDone, onCancel }: { onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [needCode, setNeedCode] = useState(false);
  const [pin, setPin] = useState("");
  const [pinAgain, setPinAgain] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!PIN_RE.test(pin)) return setError(t("desk.switch.pinFormat"));
    if (pin !== pinAgain) return setError(t("desk.switch.pinMismatch"));
    setBusy(true);
    setError(undefined);
    try {
      await api("/api/desk-switch/unlock", { body: { email, password, pin, ...(needCode ? { code } : {}) } });
      await onDone();
    } catch (err) {
      if (err instanceof ApiError && /^desk_switch\.(code_required|bad_code|code_used)$/.test(err.code))
        setNeedCode(true);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="desk-form desk-switch-unlock" onSubmit={submit}>
      <p>{t("desk.switch.unlockIntro")}</p>
      <CredentialFields email={email} password={password} onEmail={setEmail} onPassword={setPassword} />
      {needCode && (
        <label>
          {t("desk.switch.code")}
          <input
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
      )}
      <NewPinField label={t("desk.switch.newPin")} value={pin} onChange={setPin} />
      <NewPinField label={t("desk.switch.newPinAgain")} value={pinAgain} onChange={setPinAgain} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="desk-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t("desk.switch.unlockSubmit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("desk.switch.cancel")}
        </button>
      </div>
    </form>
  );
}

function NewPinField(props: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label>
      {props.label}
      <input
        type="password"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]{4,6}"
        maxLength={6}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
