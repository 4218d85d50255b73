import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/index";
import "../dashboard/dashboard.css";
import { type ImportReport, uploadBundle } from "./upload";

type Phase =
  | { kind: "idle" }
  | { kind: "sending"; fraction: number }
  | { kind: "checking" }
  | { kind: "done" };

/** The cooperative's upload page: one .xlsx or several CSV files, all or nothing unless asked otherwise. */
export function ImportPage() {
  const { t } = useI18n();
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [partial, setPartial] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();

  async function start(e: FormEvent | null, confirmedLongHours = false) {
    e?.preventDefault();
    setReport(undefined);
    setError(undefined);
    if (files.length === 0) return setError(t("import.noFiles"));
    setPhase({ kind: "sending", fraction: 0 });
    try {
      const r = await uploadBundle(
        files,
        { dryRun, partial, checkLongHours: !confirmedLongHours },
        (fraction) => setPhase(fraction >= 1 ? { kind: "checking" } : { kind: "sending", fraction }),
      );
      setReport(r);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setPhase({ kind: "done" });
    }
  }

  // Staged progress: sending is measured; checking and storing run on the server in one go.
  const busy = phase.kind === "sending" || phase.kind === "checking";
  const pct =
    phase.kind === "sending" ? Math.round(phase.fraction * 90) : phase.kind === "checking" ? 95 : 100;
  const progressText =
    phase.kind === "sending"
      ? t("import.uploading", { pct: Math.round(phase.fraction * 100) })
      : phase.kind === "checking"
        ? t("import.checking")
        : t("import.done");

  return (
    <section className="dashboard import-page">
      <h1>{t("import.title")}</h1>
      <p className="muted">{t("import.intro")}</p>
      <form className="card" onSubmit={start} aria-label={t("import.title")}>
        <label>
          {t("import.files")}
          <input
            type="file"
            multiple
            accept=".xlsx,.csv,text/csv"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          {t("import.dryRun")}
        </label>
        <label className="inline">
          <input type="checkbox" checked={partial} onChange={(e) => setPartial(e.target.checked)} />
          {t("import.partial")}
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {dryRun ? t("import.check") : t("import.start")}
        </button>
      </form>
      {phase.kind !== "idle" && (
        <div className="import-progress">
          <progress max={100} value={pct} aria-label={progressText} />
          <span aria-live="polite">{progressText}</span>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report?.longHours && report.longHours.length > 0 && !dryRun && (
        // Hours over a plausible day are asked about first, as at the desk (issue 16).
        <div className="warning" role="alert">
          <p>{t("import.longHours", { n: report.longHours.length })}</p>
          <ul>
            {report.longHours.map((r) => (
              <li key={`${r.file}:${r.line}`}>
                {t("import.longHoursRow", { file: r.file, line: r.line, hours: r.hours })}
              </li>
            ))}
          </ul>
          <button type="button" className="primary" disabled={busy} onClick={() => void start(null, true)}>
            {t("import.longHoursYes")}
          </button>
        </div>
      )}
      {report && <ImportResult report={report} dryRun={dryRun || !!report.longHours?.length} />}
    </section>
  );
}

function ImportResult({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const { t } = useI18n();
  const names = Object.keys(report.imported).sort();
  return (
    <div className="import-result">
      <p className={report.applied ? "ok" : "warning"} role="status">
        {report.applied ? t("import.applied") : dryRun ? t("import.dryRunDone") : t("import.notApplied")}
      </p>
      {report.unchanged > 0 && <p className="muted">{t("import.unchanged", { n: report.unchanged })}</p>}
      {names.length > 0 && (
        <>
          <h2>{t("import.counts")}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("import.col.file")}</th>
                  <th scope="col" className="num">
                    {t("import.col.new")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {names.map((n) => (
                  <tr key={n}>
                    <td>{n}</td>
                    <td className="num">{report.imported[n]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{t("import.rejected.title", { n: report.rejected.length })}</h2>
      {report.rejected.length === 0 ? (
        <p className="muted">{t("import.rejected.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="rejected-table">
            <thead>
              <tr>
                <th scope="col">{t("import.col.file")}</th>
                <th scope="col" className="num">
                  {t("import.col.line")}
                </th>
                <th scope="col">{t("import.col.field")}</th>
                <th scope="col">{t("import.col.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row may be rejected for several fields
                <tr key={i}>
                  <td>{r.file}</td>
                  <td className="num">{r.line}</td>
                  <td>{r.field}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
