import { useState } from "react";
import type { PersonChoice } from "../../../domain/desk/search-people";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { ServerError } from "./common";

/** Search a person of the room by first name or street and tap them (first name and street only). */
export function PersonPicker({
  roomId,
  label,
  value,
  onChange,
}: {
  roomId: string;
  label: string;
  value: { id: number; firstName: string | null } | null;
  onChange: (p: { id: number; firstName: string | null } | null) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const list = useApi<{ people: PersonChoice[] }>(
    value || !q.trim() ? null : `/api/rooms/${roomId}/desk/people?q=${encodeURIComponent(q.trim())}`,
  );
  if (value)
    return (
      <div className="desk-picked">
        <p>
          <strong>{label}</strong> {value.firstName}{" "}
          <button type="button" className="ghost" onClick={() => onChange(null)}>
            {t("desk.job.remove")}
          </button>
        </p>
      </div>
    );
  return (
    <div>
      <label>
        {label}
        <input
          type="search"
          value={q}
          placeholder={t("desk.search")}
          autoComplete="off"
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      {q.trim() && <ServerError error={list.error} />}
      {q.trim() && !list.error && (
        <ul className="desk-people">
          {(list.data?.people ?? []).map((p) => (
            <li key={p.id}>
              <button type="button" className="desk-person" onClick={() => onChange(p)}>
                <span className="desk-face" aria-hidden="true">
                  {(p.firstName ?? "?").slice(0, 1).toUpperCase()}
                </span>
                <span className="desk-person-text">
                  <strong>{p.firstName}</strong>
                  {p.street && <span className="small muted"> {p.street}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
