import { useCallback, useEffect, useState } from "react";
import { useParams } from "react-router";
import { api } from "../../lib/api";
import "./dashboard.css";
import { SURVEY_LANGUAGES, SURVEY_TEXTS, type SurveyLanguage } from "./desk-survey-texts";

const QUESTIONS = ["confidence", "pleasant_living"] as const;
type Answers = Partial<Record<(typeof QUESTIONS)[number], "yes" | "no">>;
const RESTART_MS = 8000;

/**
 * The participants' survey on the desk tablet: a resident picks a language, taps yes or no twice
 * and sees a thank-you; the tablet returns to the start by itself. Anonymous: no person is linked.
 */
export function DeskSurveyPage() {
  const { roomId } = useParams();
  const [lang, setLang] = useState<SurveyLanguage>("nl");
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [error, setError] = useState(false);
  const [sending, setSending] = useState(false);
  const tx = SURVEY_TEXTS[lang];
  const done = step >= QUESTIONS.length;

  const restart = useCallback(() => {
    setAnswers({});
    setStep(0);
    setError(false);
    setLang("nl");
  }, []);

  useEffect(() => {
    if (!done || error) return;
    const timer = setTimeout(restart, RESTART_MS);
    return () => clearTimeout(timer);
  }, [done, error, restart]);

  async function answer(value: "yes" | "no") {
    const next = { ...answers, [QUESTIONS[step]]: value };
    setAnswers(next);
    if (step + 1 < QUESTIONS.length) return setStep(step + 1);
    await send(next);
  }

  async function send(all: Answers) {
    setSending(true);
    try {
      await api(`/api/rooms/${roomId}/surveys/desk`, { body: { survey: "participants", answers: all } });
      setError(false);
      setStep(QUESTIONS.length);
    } catch {
      setError(true);
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="desk-survey" lang={lang} dir={tx.dir} data-testid="desk-survey">
      <nav className="survey-langs" aria-label="Taal / Language">
        {SURVEY_LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            dir={SURVEY_TEXTS[l].dir}
            aria-pressed={l === lang}
            className={l === lang ? "primary" : ""}
            onClick={() => setLang(l)}
          >
            {SURVEY_TEXTS[l].name}
          </button>
        ))}
      </nav>
      <h1>{tx.title}</h1>
      {done ? (
        <div className="survey-thanks" role="status">
          <p className="survey-big">{tx.thanks}</p>
          <button type="button" className="primary survey-answer" onClick={restart}>
            {tx.next}
          </button>
        </div>
      ) : (
        <>
          <p className="muted">{tx.intro}</p>
          <p className="muted">{tx.question.replace("{n}", String(step + 1))}</p>
          <fieldset className="survey-answers">
            <legend className="survey-question">{tx[QUESTIONS[step]]}</legend>
            <button
              type="button"
              className="primary survey-answer"
              disabled={sending}
              onClick={() => void answer("yes")}
            >
              {tx.yes}
            </button>
            <button
              type="button"
              className="survey-answer"
              disabled={sending}
              onClick={() => void answer("no")}
            >
              {tx.no}
            </button>
          </fieldset>
          {error && (
            <p className="error" role="alert">
              {tx.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
