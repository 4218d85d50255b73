import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { LADDER_STAGES } from "../../../domain/people/ladder";
import type { PersonListItem } from "../../../domain/people/ports";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { MsgLine, useSend } from "./common";

/** People of the room with search and filters (stage, newcomer, member, active this year, last seen). */
export function PeopleListPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [f, setF] = useState({
    search: "",
    stage: "",
    newcomer: "",
    member: "",
    activeYear: "",
    seenSince: "",
  });
  const qs = new URLSearchParams(Object.entries(f).filter(([, v]) => v !== "")).toString();
  const { data, error } = useApi<{ people: PersonListItem[] }>(`/api/rooms/${roomId}/people?${qs}`);
  const [newName, setNewName] = useState("");
  const { msg, send } = useSend();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const yesNo = (k: "newcomer" | "member", label: string) => (
    <label>
      {label}
      <select value={f[k]} onChange={set(k)}>
        <option value="">{t("people.any")}</option>
        <option value="yes">{t("people.yes")}</option>
        <option value="no">{t("people.no")}</option>
      </select>
    </label>
  );
  return (
    <section>
      <h1>{t("people.list.title")}</h1>
      <div className="card grid">
        <label>
          {t("people.list.search")}
          <input type="search" value={f.search} onChange={set("search")} />
        </label>
        <label>
          {t("people.list.stage")}
          <select value={f.stage} onChange={set("stage")}>
            <option value="">{t("people.any")}</option>
            {LADDER_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`people.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {yesNo("newcomer", t("people.list.newcomer"))}
        {yesNo("member", t("people.list.member"))}
        <label>
          {t("people.list.activeYear")}
          <input type="number" min={1990} max={2100} value={f.activeYear} onChange={set("activeYear")} />
        </label>
        <label>
          {t("people.list.seenSince")}
          <input type="date" value={f.seenSince} onChange={set("seenSince")} />
        </label>
      </div>
      <p className="row">
        <Link to={`/rooms/${roomId}/people/merge`}>{t("people.list.merge")}</Link>
      </p>
      <form
        className="row"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await send<{ id: number }>(`/api/rooms/${roomId}/people`, "POST", { firstName: newName });
          if (r) void navigate(`/rooms/${roomId}/people/${r.id}`);
        }}
      >
        <label className="inline">
          {t("people.list.new")}: {t("people.field.firstName")}{" "}
          <input value={newName} onChange={(e) => setNewName(e.target.value)} required maxLength={100} />
        </label>
        <button type="submit">{t("people.add")}</button>
      </form>
      <MsgLine msg={msg} />
      {error && <p className="error">{error.message}</p>}
      {data && (
        <>
          <p className="muted">{t("people.list.count", { n: data.people.length })}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("people.field.firstName")}</th>
                  <th>{t("people.field.street")}</th>
                  <th>{t("people.list.stage")}</th>
                  <th>{t("people.list.newcomer")}</th>
                  <th>{t("people.list.member")}</th>
                  <th>{t("people.list.lastSeen")}</th>
                </tr>
              </thead>
              <tbody>
                {data.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/rooms/${roomId}/people/${p.id}`}>{p.firstName ?? p.ref ?? `#${p.id}`}</Link>
                    </td>
                    <td>{p.street}</td>
                    <td>{p.stage ? t(`people.stage.${p.stage}`) : ""}</td>
                    <td>{p.newcomer ? t("people.yes") : ""}</td>
                    <td>{p.member ? t("people.yes") : ""}</td>
                    <td>{p.lastSeen ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
