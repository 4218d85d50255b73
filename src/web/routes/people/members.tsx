import { useState } from "react";
import { useParams } from "react-router";
import type { MemberRow } from "../../../domain/members/ports";
import { useI18n } from "../../i18n/index";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { euro, MsgLine, PersonSelect, thisYear, useRoomPeople, useSend, YearInput } from "./common";

interface MembersData {
  year: number;
  dues: number;
  members: MemberRow[];
  perYear: { year: number; paying: number; registered: number }[];
}

function MembershipForm({ roomId, year, reload }: { roomId: string; year: number; reload: () => void }) {
  const { t } = useI18n();
  const people = useRoomPeople(roomId);
  const [personId, setPerson] = useState<number | "">("");
  const [paid, setPaid] = useState(true);
  const { msg, send } = useSend(reload);
  return (
    <form
      className="card grid"
      onSubmit={(e) => {
        e.preventDefault();
        void send(`/api/rooms/${roomId}/members`, "PUT", { personId, year, paid });
      }}
    >
      <h2>{t("people.members.add")}</h2>
      <PersonSelect people={people} value={personId} onChange={setPerson} label={t("people.person")} />
      <label className="inline">
        <input type="checkbox" checked={paid} onChange={(e) => setPaid(e.target.checked)} />{" "}
        {t("people.members.paid")}
      </label>
      <div>
        <button type="submit" className="primary" disabled={!personId}>
          {t("people.save")}
        </button>
      </div>
      <MsgLine msg={msg} />
    </form>
  );
}

/** Members of the room's residents' association per year, with the board's XLSX list. */
export function MembersPage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const [year, setYear] = useState(thisYear());
  const { data, error, reload } = useApi<MembersData>(`/api/rooms/${roomId}/members?year=${year}`);
  const manage = me?.role === "coordinator" || me?.role === "cooperative";
  const [dues, setDues] = useState("");
  const { msg, send } = useSend(reload);
  const paying = data?.members.filter((m) => m.paid).length ?? 0;
  return (
    <section>
      <h1>{t("people.members.title")}</h1>
      <p className="row">
        <YearInput year={year} onChange={setYear} />
        <a className="button" href={`/api/rooms/${roomId}/members.xlsx?year=${year}`} download>
          {t("people.members.xlsx")}
        </a>
      </p>
      {error && <p className="error">{error.message}</p>}
      {data && (
        <>
          <p>
            <strong>{t("people.members.count", { n: paying, year })}</strong>
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("people.field.firstName")}</th>
                  <th>{t("people.field.street")}</th>
                  <th>{t("people.members.paid")}</th>
                  <th className="num">{t("people.members.amount")}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.id}>
                    <td>{m.firstName ?? m.ref ?? "—"}</td>
                    <td>{m.street}</td>
                    <td>{m.paid ? t("people.yes") : t("people.no")}</td>
                    <td className="num">{euro(m.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t("people.members.perYear")}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("people.year")}</th>
                  <th className="num">{t("people.members.paying")}</th>
                  <th className="num">{t("people.members.registered")}</th>
                </tr>
              </thead>
              <tbody>
                {data.perYear.map((y) => (
                  <tr key={y.year}>
                    <td>{y.year}</td>
                    <td className="num">{y.paying}</td>
                    <td className="num">{y.registered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {manage && (
            <>
              <MembershipForm roomId={roomId!} year={year} reload={reload} />
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void send(`/api/rooms/${roomId}/members/dues`, "PUT", {
                    amount: Number(dues.replace(",", ".")),
                  });
                }}
              >
                <label className="inline">
                  {t("people.members.dues")}{" "}
                  <input
                    inputMode="decimal"
                    placeholder={euro(data.dues)}
                    value={dues}
                    onChange={(e) => setDues(e.target.value)}
                    style={{ width: "6em" }}
                  />
                </label>
                <button type="submit">{t("people.save")}</button>
              </form>
              <MsgLine msg={msg} />
            </>
          )}
        </>
      )}
    </section>
  );
}
