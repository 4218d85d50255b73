import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import "./dashboard.css";
import { parseScores, participantResponses } from "./paper-surveys";

type Survey = "participants" | "team" | "partners";
const IMPACT_KINDS = ["benefit_care_costs_pct", "evictions", "nuisance_pct"] as const;

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

function Message({ m }: { m?: { text: string; error: boolean } }) {
  if (!m) return null;
  return (
    <p className={m.error ? "error" : "ok"} role={m.error ? "alert" : "status"}>
      {m.text}
    </p>
  );
}

/** Paper questionnaires of one date: counts of yes/no, or a list of scores. */
function PaperSurveyForm({ roomId }: { roomId: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [survey, setSurvey] = useState<Survey>("participants");
  const [counts, setCounts] = useState({ cy: "", cn: "", py: "", pn: "" });
  const [scores, setScores] = useState("");
  const [msg, setMsg] = useState<{ text: string; error: boolean }>();
  const n = (s: string) => Math.max(0, Math.floor(Number(s) || 0));

  async function save(e: FormEvent) {
    e.preventDefault();
    let responses: Record<string, string | number>[];
    if (survey === "participants") {
      responses = participantResponses({
        confidence: { yes: n(counts.cy), no: n(counts.cn) },
        pleasant_living: { yes: n(counts.py), no: n(counts.pn) },
      });
    } else {
      const parsed = parseScores(scores);
      if (parsed.bad !== undefined)
        return setMsg({ text: t("surveys.badScore", { v: parsed.bad }), error: true });
      responses = parsed.scores.map((score) => ({ score }));
    }
    if (responses.length === 0) return setMsg({ text: t("surveys.empty"), error: true });
    try {
      const r = await api<{ stored: number }>(`/api/rooms/${roomId}/surveys`, {
        body: { date, survey, responses },
      });
      setMsg({ text: t("surveys.stored", { n: r.stored }), error: false });
      setCounts({ cy: "", cn: "", py: "", pn: "" });
      setScores("");
    } catch (err) {
      setMsg({ text: (err as Error).message, error: true });
    }
  }

  const countField = (key: keyof typeof counts, label: string) => (
    <label>
      {label}
      <input
        type="number"
        min={0}
        max={2000}
        inputMode="numeric"
        value={counts[key]}
        onChange={(e) => setCounts({ ...counts, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <form className="card" onSubmit={save} aria-label={t("surveys.paper.title")}>
      <h2>{t("surveys.paper.title")}</h2>
      <p className="muted">{t("surveys.paper.intro")}</p>
      <div className="grid">
        <label>
          {t("surveys.date")}
          <input type="date" required value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t("surveys.survey")}
          <select value={survey} onChange={(e) => setSurvey(e.target.value as Survey)}>
            <option value="participants">{t("surveys.survey.participants")}</option>
            <option value="team">{t("surveys.survey.team")}</option>
            <option value="partners">{t("surveys.survey.partners")}</option>
          </select>
        </label>
      </div>
      {survey === "participants" ? (
        <>
          <fieldset className="grid">
            <legend>{t("surveys.q.confidence")}</legend>
            {countField("cy", t("surveys.yes"))}
            {countField("cn", t("surveys.no"))}
          </fieldset>
          <fieldset className="grid">
            <legend>{t("surveys.q.pleasant_living")}</legend>
            {countField("py", t("surveys.yes"))}
            {countField("pn", t("surveys.no"))}
          </fieldset>
        </>
      ) : (
        <label>
          {t("surveys.scores")}
          <input
            value={scores}
            onChange={(e) => setScores(e.target.value)}
            placeholder={t("surveys.scores.hint")}
          />
        </label>
      )}
      <button type="submit" className="primary">
        {t("surveys.save")}
      </button>
      <Message m={msg} />
    </form>
  );
}

interface Impact {
  id: number;
  date: string;
  kind: string;
  value: number;
  note: string | null;
}

/** Impact interviews: one figure with a note; the list shows this year's. */
function ImpactForm({ roomId }: { roomId: string }) {
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const list = useApi<{ impacts: Impact[] }>(`/api/rooms/${roomId}/impacts?year=${year}`);
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<(typeof IMPACT_KINDS)[number]>("benefit_care_costs_pct");
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [msg, setMsg] = useState<{ text: string; error: boolean }>();

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await api(`/api/rooms/${roomId}/impacts`, {
        body: { date, kind, value: Number(value.replace(",", ".")), note: note.trim() || null },
      });
      setMsg({ text: t("surveys.impact.saved"), error: false });
      setValue("");
      setNote("");
      list.reload();
    } catch (err) {
      setMsg({ text: (err as Error).message, error: true });
    }
  }

  return (
    <form className="card" onSubmit={save} aria-label={t("surveys.impact.title")}>
      <h2>{t("surveys.impact.title")}</h2>
      <div className="grid">
        <label>
          {t("surveys.date")}
          <input type="date" required value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t("surveys.impact.kind")}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {IMPACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`surveys.impact.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("surveys.impact.value")}
          <input
            required
            inputMode="decimal"
            pattern="[0-9]+([.,][0-9]+)?"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
      </div>
      <label>
        {t("surveys.impact.note")}
        <textarea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        {t("surveys.impact.save")}
      </button>
      <Message m={msg} />
      <h3>{t("surveys.impact.list")}</h3>
      {list.data?.impacts.length ? (
        <div className="table-wrap">
          <table>
            <tbody>
              {list.data.impacts.map((i) => (
                <tr key={i.id}>
                  <td>{i.date}</td>
                  <td>{t(`surveys.impact.kind.${i.kind}`)}</td>
                  <td className="num">{i.value}</td>
                  <td>{i.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("surveys.impact.none")}</p>
      )}
    </form>
  );
}

/** Coordinator's screen: paper surveys and impact interviews of a room. */
export function SurveysPage() {
  const { roomId = "" } = useParams();
  const { t } = useI18n();
  const { rooms } = useSession();
  const name = rooms.find((r) => r.id === roomId)?.name ?? roomId;
  return (
    <section className="dashboard surveys">
      <h1>{t("surveys.title", { room: name })}</h1>
      <PaperSurveyForm key={`p-${roomId}`} roomId={roomId} />
      <ImpactForm key={`i-${roomId}`} roomId={roomId} />
    </section>
  );
}
