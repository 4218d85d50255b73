import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { INDICATOR_GROUPS } from "../../../domain/indicators/definitions";
import type { ResolvedTarget } from "../../../domain/indicators/targets";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "./dashboard.css";
import { HousingMark } from "./dashboard-view";
import { formatTarget, measureOf } from "./status";
import { useYear, YearPicker } from "./year-picker";

interface TargetRow {
  indicator: string;
  group: string;
  nl: string;
  en: string;
  housing: boolean;
  preset: ResolvedTarget;
  own: ResolvedTarget | null;
  effective: ResolvedTarget;
}

interface TargetsData {
  room: string;
  year: number;
  preset: string;
  targets: TargetRow[];
}

function TargetText({ id, t: target }: { id: string; t: ResolvedTarget }) {
  const { t, locale } = useI18n();
  const f = formatTarget(id, target, locale);
  if (f.kind === "too_early") return <span className="muted">{t("dashboard.tooEarly")}</span>;
  if (f.kind === "none") return <span className="muted">{t("dashboard.noTarget")}</span>;
  if (f.kind === "positive") return <>{t("dashboard.positive")}</>;
  return <>{f.text}</>;
}

type Kind = "preset" | "number" | "too_early" | "none";

/** One indicator's own target: a number (and "of" for "x of y"), too early, none, or back to the preset. */
function TargetEditor({
  roomId,
  year,
  row,
  onSaved,
}: {
  roomId: string;
  year: number;
  row: TargetRow;
  onSaved: (msg: string, error?: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const own = row.own;
  const [kind, setKind] = useState<Kind>(
    own === null
      ? "preset"
      : own.target_status === "too_early"
        ? "too_early"
        : own.target === null
          ? "none"
          : "number",
  );
  const [value, setValue] = useState(String(own?.target ?? row.preset.target ?? ""));
  const [of, setOf] = useState(String(own?.target_of ?? row.preset.target_of ?? ""));
  const hasOf = measureOf(row.indicator) === "persons_of";
  const name = locale === "en" ? row.en : row.nl;

  async function save(e: FormEvent) {
    e.preventDefault();
    const path = `/api/rooms/${roomId}/targets/${row.indicator}`;
    try {
      if (kind === "preset") await api(`${path}?year=${year}`, { method: "DELETE" });
      else {
        const target =
          kind === "too_early" ? "too_early" : kind === "none" ? null : Number(value.replace(",", "."));
        const body: Record<string, unknown> = { year, target };
        if (hasOf && kind === "number" && of.trim() !== "") body.of = Number(of.replace(",", "."));
        await api(path, { method: "PUT", body });
      }
      onSaved(t("targets.saved"));
    } catch (err) {
      onSaved((err as Error).message, true);
    }
  }

  return (
    <form className="target-editor" onSubmit={save} aria-label={`${t("targets.col.change")}: ${name}`}>
      <select
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        aria-label={t("targets.col.change")}
      >
        <option value="preset">{own === null ? t("targets.kind.preset") : t("targets.reset")}</option>
        <option value="number">{t("targets.kind.number")}</option>
        <option value="too_early">{t("targets.kind.too_early")}</option>
        <option value="none">{t("targets.kind.none")}</option>
      </select>
      {kind === "number" && (
        <>
          <input
            inputMode="decimal"
            required
            pattern="-?[0-9]+([.,][0-9]+)?"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-label={t("targets.number")}
            className="target-number"
          />
          {hasOf && (
            <input
              inputMode="numeric"
              pattern="[0-9]+"
              value={of}
              onChange={(e) => setOf(e.target.value)}
              aria-label={t("targets.of")}
              className="target-number"
            />
          )}
        </>
      )}
      <button type="submit">{t("targets.save")}</button>
    </form>
  );
}

/** A room's targets for a year: the preset and the room's own agreement per indicator. */
export function TargetsPage() {
  const { roomId = "" } = useParams();
  const { t, locale } = useI18n();
  const { me, rooms } = useSession();
  const [year, setYear] = useYear();
  const { data, error, loading, reload } = useApi<TargetsData>(`/api/rooms/${roomId}/targets?year=${year}`);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const canEdit = me?.role === "coordinator" || me?.role === "cooperative";
  const name = rooms.find((r) => r.id === roomId)?.name ?? roomId;

  return (
    <section className="dashboard">
      <div className="row dashboard-head">
        <h1>{t("targets.title", { room: name })}</h1>
        <YearPicker year={year} onChange={setYear} />
      </div>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      {error ? (
        <p className="error">{error.message}</p>
      ) : loading || !data ? (
        <p>{t("common.loading")}</p>
      ) : (
        <>
          <p className="muted">{t("targets.intro", { preset: t(`targets.preset.${data.preset}`) })}</p>
          {!canEdit && <p className="muted">{t("targets.readOnly")}</p>}
          <div className="table-wrap">
            <table className="targets-table">
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.col.indicator")}</th>
                  <th scope="col" className="num">
                    {t("targets.col.preset")}
                  </th>
                  <th scope="col" className="num">
                    {t("targets.col.own")}
                  </th>
                  {canEdit && <th scope="col">{t("targets.col.change")}</th>}
                </tr>
              </thead>
              {INDICATOR_GROUPS.map((g) => (
                <tbody key={g}>
                  <tr className="group-row">
                    <th colSpan={canEdit ? 4 : 3} scope="colgroup">
                      {t(`dashboard.group.${g}`)}
                    </th>
                  </tr>
                  {data.targets
                    .filter((r) => r.group === g)
                    .map((r) => (
                      <tr key={r.indicator} data-indicator={r.indicator}>
                        <th scope="row" className="indicator-name">
                          {locale === "en" ? r.en : r.nl} {r.housing && <HousingMark />}
                        </th>
                        <td className="num">
                          <TargetText id={r.indicator} t={r.preset} />
                        </td>
                        <td className="num own-target">
                          {r.own ? (
                            <strong>
                              <TargetText id={r.indicator} t={r.own} />
                            </strong>
                          ) : (
                            <span className="muted small">{t("targets.samePreset")}</span>
                          )}
                        </td>
                        {canEdit && (
                          <td>
                            <TargetEditor
                              key={`${year}-${JSON.stringify(r.own)}`}
                              roomId={roomId}
                              year={year}
                              row={r}
                              onSaved={(text, err) => {
                                setMessage({ text, error: err === true });
                                if (!err) reload();
                              }}
                            />
                          </td>
                        )}
                      </tr>
                    ))}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
