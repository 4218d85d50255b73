import { useState } from "react";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";

interface PersonChoice {
  id: number;
  firstName: string | null;
  street: string | null;
}

/**
 * Finds a resident of the room by first name or street, through the desk's search (which only
 * gives first name and street), and hands the chosen id back.
 */
export function PersonPicker({
  roomId,
  chosen,
  onChoose,
}: {
  roomId: string;
  chosen: { id: number; name: string | null } | null;
  onChoose: (p: { id: number; name: string | null } | null) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const search =
    q.trim().length >= 2 ? `/api/rooms/${roomId}/desk/people?q=${encodeURIComponent(q.trim())}` : null;
  const { data } = useApi<{ people: PersonChoice[] }>(search);
  if (chosen)
    return (
      <p className="row">
        <span>
          {t("referrals.field.person")}: <strong>{chosen.name ?? "?"}</strong>
        </span>
        <button type="button" onClick={() => onChoose(null)}>
          {t("referrals.person.change")}
        </button>
      </p>
    );
  return (
    <div>
      <label>
        {t("referrals.person.search")}
        <input value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </label>
      {search && data && (
        <ul className="person-choices">
          {data.people.length === 0 && <li className="muted">{t("referrals.person.none")}</li>}
          {data.people.slice(0, 10).map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => onChoose({ id: p.id, name: p.firstName })}>
                {p.firstName ?? "?"}
                {p.street ? ` · ${p.street}` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
