import { useEffect, useRef, useState } from "react";
import { useI18n } from "../../i18n/index";
import { pendingItems, type QueueItem, startQueue, subscribe } from "./queue";
import "../../desk.css";

/** Today in the Netherlands, in the browser (the server checks again). */
export function todayIso(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

export function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** dd-mm-yyyy, as people in the Netherlands write a date. */
export function dutchDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}-${m}-${y}`;
}

/** The pending registrations of the offline queue, kept up to date. */
export function usePending(onSent?: () => void): QueueItem[] {
  const [pending, setPending] = useState<QueueItem[]>(() => pendingItems());
  useEffect(() => {
    startQueue();
    return subscribe((p, sent) => {
      setPending(p);
      if (sent.length > 0) onSent?.();
    });
  }, [onSent]);
  return pending;
}

export function PendingBanner({ pending }: { pending: QueueItem[] }) {
  const { t } = useI18n();
  if (pending.length === 0) return null;
  return (
    <div className="warning desk-pending" role="status">
      <strong>
        <span aria-hidden="true">⏳ </span>
        {t("desk.pending", { n: pending.length })}
      </strong>
      <span className="small"> {t("desk.pendingHelp")}</span>
      <ul>
        {pending.map((p) => (
          <li key={p.key}>
            {p.label} <span className="muted small">({t("desk.pendingItem")})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface Toast {
  text: string;
  kind?: "ok" | "error";
  undo?: () => void;
}

export function ToastBar({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="desk-toast-wrap" aria-live="polite" role="status">
      {toast && (
        <div className={`desk-toast ${toast.kind === "error" ? "desk-toast-error" : ""}`}>
          <span>
            <span aria-hidden="true">{toast.kind === "error" ? "⚠ " : "✓ "}</span>
            {toast.text}
          </span>
          {toast.undo && (
            <button
              type="button"
              className="primary"
              onClick={() => {
                toast.undo?.();
                onClose();
              }}
            >
              <span aria-hidden="true">↶</span> {t("desk.undo")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * A desk form opens at its top with its first field focused (issue 16): the screen it came from may
 * have been scrolled, and at 360 px the name field would be off-screen. `ready` once the form shows.
 */
export function useOpenAtTop<T extends HTMLElement>(ready = true) {
  const ref = useRef<T>(null);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready || !ref.current) return;
    done.current = true;
    window.scrollTo(0, 0);
    ref.current
      .querySelector<HTMLElement>("input:not([type=hidden]):not([disabled]), select, textarea")
      ?.focus({ preventScroll: true });
  });
  return ref;
}

/** A refusal of the server, shown where it happened in the server's own words. */
export function ServerError({ error }: { error: Error | string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {typeof error === "string" ? error : error.message}
    </p>
  );
}
