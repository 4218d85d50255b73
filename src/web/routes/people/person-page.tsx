import { useEffect, useState } from "react";
import { useParams } from "react-router";
import type { PersonPage as PersonData } from "../../../domain/people/get-person";
import { LADDER_STAGES } from "../../../domain/people/ladder";
import type { PersonFields } from "../../../domain/people/ports";
import type { HoursStatement } from "../../../domain/volunteers/hours-statement";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { euro, MsgLine, thisYear, todayIso, useSend } from "./common";

type Editable = Omit<PersonFields, "since"> & { since: string | null };

function Fields({ person, onSave }: { person: Editable; onSave: (f: Editable) => void }) {
  const { t } = useI18n();
  const [f, setF] = useState(person);
  useEffect(() => setF(person), [person]);
  const text = (k: "firstName" | "street" | "phone" | "email" | "referredBy" | "landlord") => (
    <label>
      {t(`people.field.${k}`)}
      <input value={f[k] ?? ""} onChange={(e) => setF({ ...f, [k]: e.target.value })} maxLength={200} />
    </label>
  );
  const check = (k: "newcomer" | "wantsMembership") => (
    <label className="inline">
      <input type="checkbox" checked={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.checked })} />{" "}
      {t(`people.field.${k}`)}
    </label>
  );
  return (
    <form
      className="card grid"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(f);
      }}
    >
      {text("firstName")}
      {text("street")}
      {text("phone")}
      {text("email")}
      {text("referredBy")}
      {text("landlord")}
      <label>
        {t("people.field.talents")}
        <textarea
          value={f.talents ?? ""}
          onChange={(e) => setF({ ...f, talents: e.target.value })}
          maxLength={1000}
        />
      </label>
      <label>
        {t("people.field.since")}
        <input
          type="date"
          value={f.since ?? ""}
          onChange={(e) => setF({ ...f, since: e.target.value || null })}
        />
      </label>
      {check("newcomer")}
      {check("wantsMembership")}
      <div>
        <button type="submit" className="primary">
          {t("people.save")}
        </button>
      </div>
    </form>
  );
}

function Table({ head, rows }: { head: string[]; rows: (string | number | React.ReactNode)[][] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="muted">{t("people.none")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <tr key={i}>
              {r.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The person page: what they wanted known, ladder, activities, hours, help, referrals, placements, privacy. */
export function PersonPage() {
  const { roomId, personId } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const base = `/api/rooms/${roomId}/people/${personId}`;
  const { data, error, reload } = useApi<PersonData>(base);
  const { msg, send } = useSend(reload);
  const [stage, setStage] = useState({ stage: "deelnemer", from: todayIso() });
  const [endDates, setEndDates] = useState<Record<number, string>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [statement, setStatement] = useState<HoursStatement>();
  const [reason, setReason] = useState("request");
  if (error) return <p className="error">{error.message}</p>;
  if (!data) return <p>{t("common.loading")}</p>;
  const { person, history: h } = data;
  const locked = Boolean(person.erasedAt || person.mergedInto);
  const c = data.cooperative;
  const coop = c.reason
    ? t(`people.page.coop.${c.reason}`, { hours: c.hoursInWindow })
    : t("people.page.coop.no", { hours: c.hoursInWindow });
  return (
    <section>
      <h1>{person.firstName ?? person.ref ?? `#${person.id}`}</h1>
      <p className="muted">
        {person.ref} ·{" "}
        {data.currentStage
          ? t("people.page.current", { stage: t(`people.stage.${data.currentStage}`) })
          : t("people.page.noStage")}
      </p>
      {person.erasedAt && <p className="warning">{t("people.page.erased")}</p>}
      {person.mergedInto && <p className="warning">{t("people.page.merged")}</p>}
      <MsgLine msg={msg} />

      <h2>{t("people.page.wanted")}</h2>
      {!locked && (
        <Fields person={person} onSave={(f) => void send(base, "PATCH", { ...f, since: f.since || null })} />
      )}

      <h2>{t("people.page.stages")}</h2>
      <Table
        head={[t("people.list.stage"), t("people.room"), t("people.from"), t("people.to"), ""]}
        rows={data.stages.map((s) => [
          t(`people.stage.${s.stage}`),
          s.roomId,
          s.from,
          s.to ?? "",
          s.to || locked ? (
            ""
          ) : (
            <span className="row" key="end">
              <input
                type="date"
                aria-label={`${t("people.page.endOn")} ${t(`people.stage.${s.stage}`)}`}
                value={endDates[s.id] ?? todayIso()}
                onChange={(e) => setEndDates({ ...endDates, [s.id]: e.target.value })}
              />
              <button
                type="button"
                onClick={() =>
                  void send(`${base}/stages/${s.id}`, "PATCH", { to: endDates[s.id] ?? todayIso() })
                }
              >
                {t("people.page.endStage")}
              </button>
            </span>
          ),
        ])}
      />
      {!locked && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void send(`${base}/stages`, "POST", stage);
          }}
        >
          <label className="inline">
            {t("people.list.stage")}{" "}
            <select value={stage.stage} onChange={(e) => setStage({ ...stage, stage: e.target.value })}>
              {LADDER_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`people.stage.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            {t("people.from")}{" "}
            <input
              type="date"
              value={stage.from}
              onChange={(e) => setStage({ ...stage, from: e.target.value })}
              required
            />
          </label>
          <button type="submit">{t("people.page.addStage")}</button>
        </form>
      )}

      <h2>{t("people.page.cooperative")}</h2>
      <p className={c.eligible ? "" : "muted"}>{coop}</p>

      <h2>{t("people.page.activities")}</h2>
      <Table
        head={[t("people.room"), t("people.placements.type"), "", ""]}
        rows={h.activities.map((a) => [
          a.roomId,
          t(`type.${a.type}`),
          a.name ?? "",
          t("people.page.visits", { n: a.visits, date: a.last }),
        ])}
      />

      <h2>{t("people.page.hours")}</h2>
      <Table
        head={[t("people.year"), t("people.volunteers.kind"), "", t("people.volunteers.hours")]}
        rows={h.hours.map((r) => [r.year, t(`people.volunteers.kind.${r.kind}`), r.status, r.hours])}
      />
      <button
        type="button"
        onClick={async () =>
          setStatement(await api<HoursStatement>(`${base}/hours-statement?year=${thisYear()}`))
        }
      >
        {t("people.page.statement")} {thisYear()}
      </button>
      {statement && (
        <div className="card">
          <Table
            head={[
              t("people.volunteers.month"),
              t("people.volunteers.volunteer"),
              t("people.volunteers.staffUnpaid"),
            ]}
            rows={[
              ...statement.months.map((m) => [m.month, m.volunteer, m.staffUnpaid]),
              [t("people.volunteers.total"), statement.totals.volunteer, statement.totals.staffUnpaid],
            ]}
          />
          <p className="muted">
            {t("people.volunteers.value", {
              v: euro(statement.value.volunteer),
              vr: euro(statement.value.volunteerRate),
              s: euro(statement.value.staffUnpaid),
              sr: euro(statement.value.staffRate),
            })}
          </p>
        </div>
      )}

      <h2>{t("people.page.helpQuestions")}</h2>
      <Table
        head={[t("people.date"), t("people.room"), "", ""]}
        rows={h.helpQuestions.map((q) => [
          q.date,
          q.roomId,
          q.domains.join(", "),
          !q.hasNote ? (
            <span className="muted" key="none">
              {t("people.page.noNote")}
            </span>
          ) : notes[q.id] !== undefined ? (
            notes[q.id]
          ) : me?.role === "coordinator" ? (
            <button
              key="read"
              type="button"
              onClick={async () => {
                const r = await api<{ note: string | null }>(`${base}/help-questions/${q.id}/note`);
                setNotes({ ...notes, [q.id]: r.note ?? "" });
              }}
            >
              {t("people.page.readNote")}
            </button>
          ) : (
            "—"
          ),
        ])}
      />

      <h2>{t("people.page.referrals")}</h2>
      <Table
        head={[t("people.date"), t("people.room"), "", "", ""]}
        rows={h.referrals.map((r) => [r.date, r.roomId, r.direction, r.partner, r.outcome ?? ""])}
      />

      <h2>{t("people.page.placements")}</h2>
      <Table
        head={[t("people.placements.type"), t("people.from"), t("people.to"), t("people.placements.wage")]}
        rows={[
          ...h.placements.map((p) => [
            t(`people.placements.type.${p.type}`),
            p.start,
            p.end ?? "",
            p.wageValuePct ?? "",
          ]),
          ...h.outcomes.map((o) => [t("people.placements.outcomes"), o.date, "", ""]),
        ]}
      />

      <h2>{t("people.page.keys")}</h2>
      <Table
        head={[
          t("people.keys.key"),
          t("people.room"),
          t("people.keys.issued"),
          t("people.keys.returned"),
          "",
        ]}
        rows={h.keys.map((k) => [
          k.key,
          k.roomId,
          k.issued,
          k.returned ?? "",
          k.flag ? t(`people.page.flag.${k.flag}`) : "",
        ])}
      />

      <h2>{t("people.page.memberships")}</h2>
      <Table
        head={[t("people.year"), t("people.room"), t("people.members.paid"), t("people.members.amount")]}
        rows={h.memberships.map((m) => [
          m.year,
          m.roomId,
          m.paid ? t("people.yes") : t("people.no"),
          euro(m.amount),
        ])}
      />

      <h2>{t("people.page.groups")}</h2>
      <Table
        head={[t("people.volunteers.groupName"), t("people.from"), t("people.to")]}
        rows={h.groups.map((g) => [g.name, g.joined, g.leftOn ?? ""])}
      />

      <h2>{t("people.page.privacy")}</h2>
      <p className="row">
        <a className="button" href={`${base}/export`} download>
          {t("people.page.exportJson")}
        </a>
        <a className="button" href={`${base}/export?format=html`} target="_blank" rel="noreferrer">
          {t("people.page.exportHtml")}
        </a>
      </p>
      {!person.erasedAt && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (window.confirm(t("people.page.eraseConfirm")))
              void send(`${base}/erase`, "POST", { reason, confirm: true });
          }}
        >
          <label className="inline">
            {t("people.page.eraseReason")}{" "}
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="request">{t("people.page.reason.request")}</option>
              <option value="consent_withdrawn">{t("people.page.reason.consent_withdrawn")}</option>
            </select>
          </label>
          <button type="submit" className="ghost">
            {t("people.page.erase")}
          </button>
        </form>
      )}
    </section>
  );
}
