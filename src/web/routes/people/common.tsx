import { useState } from "react";
import type { PersonListItem } from "../../../domain/people/ports";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";

export const todayIso = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
export const thisYear = () => Number(todayIso().slice(0, 4));

export function personLabel(p: {
  id: number;
  firstName: string | null;
  street?: string | null;
  ref?: string | null;
}) {
  return `${p.firstName ?? "?"}${p.street ? ` · ${p.street}` : ""} (${p.ref ?? `#${p.id}`})`;
}

/** The room's people for pickers (first name, street, reference). */
export function useRoomPeople(roomId: string) {
  return useApi<{ people: PersonListItem[] }>(`/api/rooms/${roomId}/people?limit=1000`).data?.people ?? [];
}

export function PersonSelect({
  people,
  value,
  onChange,
  label,
}: {
  people: PersonListItem[];
  value: number | "";
  onChange: (id: number | "") => void;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : "")}>
        <option value="">{t("people.choose")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {personLabel(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface Msg {
  text: string;
  kind: "ok" | "error" | "warning";
}

/** Sends a change; shows the server's Dutch message when refused, and reloads on success. */
export function useSend(reload?: () => void) {
  const { t } = useI18n();
  const [msg, setMsg] = useState<Msg>();
  async function send<T = unknown>(
    path: string,
    method: string,
    body?: unknown,
    okText?: string,
  ): Promise<T | null> {
    try {
      const res = await api<T>(path, { method, body });
      setMsg({ text: okText ?? t("people.saved"), kind: "ok" });
      reload?.();
      return res;
    } catch (err) {
      setMsg({ text: (err as Error).message, kind: "error" });
      return null;
    }
  }
  return { msg, setMsg, send };
}

export function MsgLine({ msg }: { msg?: Msg }) {
  if (!msg) return null;
  return (
    <p className={msg.kind === "ok" ? "muted" : msg.kind} role={msg.kind === "error" ? "alert" : "status"}>
      {msg.text}
    </p>
  );
}

export function YearInput({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { t } = useI18n();
  return (
    <label className="inline">
      {t("people.year")}{" "}
      <input
        type="number"
        min={1990}
        max={2100}
        value={year}
        onChange={(e) => onChange(Number(e.target.value))}
        style={{ width: "6em" }}
      />
    </label>
  );
}

export const euro = (n: number | null | undefined) =>
  n === null || n === undefined
    ? ""
    : n.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
