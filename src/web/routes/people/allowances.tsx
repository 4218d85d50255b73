import { useState } from "react";
import { useParams } from "react-router";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { euro, MsgLine, PersonSelect, thisYear, todayIso, useRoomPeople, useSend, YearInput } from "./common";

interface Data {
  year: number;
  limit: number | null;
  rows: {
    personId: number;
    firstName: string | null;
    months: Record<string, number>;
    total: number;
    yearTotalAllRooms: number;
    overLimit: boolean;
  }[];
}

/** Volunteer allowances of meewerkend vrijwilligers per month, with the warning above the tax-free maximum. */
export function AllowancesPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const [year, setYear] = useState(thisYear());
  const { data, error, reload } = useApi<Data>(`/api/rooms/${roomId}/allowances?year=${year}`);
  const people = useRoomPeople(roomId!);
  const [f, setF] = useState({ personId: "" as number | "", month: todayIso().slice(0, 7), amount: "" });
  const [limit, setLimit] = useState("");
  const { msg, setMsg, send } = useSend(reload);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  return (
    <section>
      <h1>{t("people.allowances.title")}</h1>
      <p className="muted">{t("people.allowances.help")}</p>
      <YearInput year={year} onChange={setYear} />
      {error && <p className="error">{error.message}</p>}
      {data && (
        <p>
          {data.limit === null
            ? t("people.allowances.noLimit", { year })
            : t("people.allowances.limit", { year, max: euro(data.limit) })}
        </p>
      )}
      {me?.role === "cooperative" && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void send(`/api/allowance-limits/${year}`, "PUT", { max: Number(limit.replace(",", ".")) });
          }}
        >
          <label className="inline">
            {t("people.allowances.setLimit")}{" "}
            <input
              inputMode="decimal"
              value={limit}
              onChange={(e) => setLimit(e.target.value)}
              required
              style={{ width: "7em" }}
            />
          </label>
          <button type="submit">{t("people.save")}</button>
        </form>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("people.person")}</th>
              {months.map((m) => (
                <th key={m} className="num">
                  {m.slice(5)}
                </th>
              ))}
              <th className="num">{t("people.allowances.total")}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r) => (
              <tr key={r.personId}>
                <td>{r.firstName ?? `#${r.personId}`}</td>
                {months.map((m) => (
                  <td key={m} className="num">
                    {r.months[m] !== undefined ? euro(r.months[m]) : ""}
                  </td>
                ))}
                <td className="num">
                  {euro(r.yearTotalAllRooms)}
                  {r.overLimit && <div className="warning">⚠ {t("people.allowances.over")}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="card grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await send<{ overLimit: boolean }>(`/api/rooms/${roomId}/allowances`, "PUT", {
            personId: f.personId,
            month: f.month,
            amount: Number(f.amount.replace(",", ".")),
          });
          if (r?.overLimit) setMsg({ text: t("people.allowances.over"), kind: "warning" });
        }}
      >
        <h2>{t("people.allowances.set")}</h2>
        <PersonSelect
          people={people}
          value={f.personId}
          onChange={(personId) => setF({ ...f, personId })}
          label={t("people.person")}
        />
        <label>
          {t("people.allowances.month")}
          <input
            type="month"
            value={f.month}
            onChange={(e) => setF({ ...f, month: e.target.value })}
            required
          />
        </label>
        <label>
          {t("people.allowances.amount")}
          <input
            inputMode="decimal"
            value={f.amount}
            onChange={(e) => setF({ ...f, amount: e.target.value })}
            required
          />
        </label>
        <div>
          <button type="submit" className="primary" disabled={!f.personId}>
            {t("people.save")}
          </button>
        </div>
      </form>
      <MsgLine msg={msg} />
    </section>
  );
}
