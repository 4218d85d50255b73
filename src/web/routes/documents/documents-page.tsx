import { useEffect, useState } from "react";
import { useParams } from "react-router";
import type { FigureChange } from "../../../domain/documents/figures";
import { cellText } from "../../../domain/documents/format";
import type { Block, DocumentModel, TableBlock } from "../../../domain/documents/model";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { DocumentSettingsForm } from "./document-settings-form";
import "./documents.css";

type Kind = "agreement" | "quarterly" | "annual";
type Format = "docx" | "pdf" | "xlsx";

interface FinalSummary {
  id: number;
  kind: Kind;
  rooms: string[];
  year: number;
  quarter: number | null;
  title: string;
  finalisedAt: string;
}
interface ChangedReport {
  id: number;
  label: string;
  changes: FigureChange[];
}

function PreviewTable({ table }: { table: TableBlock }) {
  return (
    <div className="table-wrap">
      <h4>{table.title}</h4>
      <table>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th key={i}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <tr key={r} className={row.total ? "doc-total" : row.housing ? "doc-housing" : undefined}>
              {row.group ? (
                <th colSpan={table.columns.length}>{row.cells[0]}</th>
              ) : (
                table.columns.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={i} className={typeof row.cells[i] === "number" ? "num" : undefined}>
                    {cellText(table, row, i)}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note && <p className="muted">{table.note}</p>}
    </div>
  );
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return block.level === 1 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case "paragraph":
      return <p className={block.italic ? "muted" : undefined}>{block.text}</p>;
    case "table":
      return <PreviewTable table={block} />;
    case "bars":
      return (
        <div>
          <h4>{block.title}</h4>
          {block.bars.length === 0 && <p className="muted">{block.empty}</p>}
          {block.bars.map((b) => (
            <div key={b.label} className="doc-bar">
              <span>{b.label}</span>
              <meter
                min={0}
                max={Math.max(1, ...block.bars.map((x) => (typeof x.value === "number" ? x.value : 0)))}
                value={typeof b.value === "number" ? b.value : 0}
              />
              <span className="num">{b.value}</span>
            </div>
          ))}
          {block.note && <p className="muted">{block.note}</p>}
        </div>
      );
    case "signatures":
      return (
        <ul>
          {block.parties.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      );
    case "pagebreak":
      return <hr />;
  }
}

/**
 * Documents for funders and board: choose a document, rooms, period and format, download it or
 * view it here. Staff also write the coordinator's story, mark reports final and see what changed
 * since a final report.
 */
export function DocumentsPage() {
  const { roomId = "" } = useParams();
  const { t } = useI18n();
  const { me, rooms } = useSession();
  const staff = me?.role === "coordinator" || me?.role === "cooperative";
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<Kind>("annual");
  const [selected, setSelected] = useState<string[]>([roomId]);
  const [year, setYear] = useState(thisYear - 1);
  const [quarter, setQuarter] = useState(1);
  const [format, setFormat] = useState<Format>("pdf");
  const [preview, setPreview] = useState<DocumentModel | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [story, setStory] = useState("");
  const storyQuarter = kind === "quarterly" ? quarter : 0;

  useEffect(() => setSelected((s) => (s.length === 0 ? [roomId] : s)), [roomId]);
  const storyData = useApi<{ text: string }>(
    staff ? `/api/rooms/${roomId}/stories?year=${year}&quarter=${storyQuarter}` : null,
  );
  useEffect(() => setStory(storyData.data?.text ?? ""), [storyData.data]);
  const finals = useApi<{ finals: FinalSummary[] }>(`/api/reports/finals?year=${year}`);
  const changes = useApi<{ reports: ChangedReport[] }>(staff ? `/api/reports/changes?year=${year}` : null);

  const params = new URLSearchParams({
    kind,
    rooms: selected.join(","),
    year: String(year),
    ...(kind === "quarterly" ? { quarter: String(quarter) } : {}),
  });
  const downloadHref = `/api/reports/document?${params}&format=${format}`;
  const ready = selected.length > 0;

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setMessage(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="documents">
      <h1>{t("documents.title")}</h1>
      <p className="muted">{t("documents.intro")}</p>
      <div className="card grid">
        <label>
          {t("documents.kind")}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} name="kind">
            {(["agreement", "quarterly", "annual"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`documents.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("documents.rooms")}</legend>
          {rooms.map((r) => (
            <label key={r.id} className="row">
              <input
                type="checkbox"
                name="room"
                value={r.id}
                checked={selected.includes(r.id)}
                onChange={(e) =>
                  setSelected((s) => (e.target.checked ? [...s, r.id] : s.filter((x) => x !== r.id)))
                }
              />
              {r.name}
            </label>
          ))}
        </fieldset>
        <label>
          {t("documents.year")}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} name="year">
            {Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {kind === "quarterly" && (
          <label>
            {t("documents.quarter")}
            <select value={quarter} onChange={(e) => setQuarter(Number(e.target.value))} name="quarter">
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  K{q}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t("documents.format")}
          <select value={format} onChange={(e) => setFormat(e.target.value as Format)} name="format">
            {(["docx", "pdf", "xlsx"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`documents.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="row">
          {ready ? (
            <a className="button primary" href={downloadHref} download data-testid="download">
              {t("documents.download")}
            </a>
          ) : (
            <span className="warning">{t("documents.noRooms")}</span>
          )}
          <button
            type="button"
            className="ghost"
            disabled={!ready}
            onClick={() =>
              run(async () => setPreview(await api<DocumentModel>(`/api/reports/preview?${params}`)))
            }
          >
            {t("documents.preview")}
          </button>
          {staff && kind !== "agreement" && (
            <button
              type="button"
              className="ghost"
              disabled={!ready}
              onClick={() =>
                run(async () => {
                  await api("/api/reports/finals", {
                    body: { kind, rooms: selected, year, quarter: kind === "quarterly" ? quarter : null },
                  });
                  setMessage(t("documents.final.made"));
                  finals.reload();
                })
              }
            >
              {t("documents.final.make")}
            </button>
          )}
        </div>
        {message && <p role="status">{message}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </div>

      {staff && (
        <div className="card">
          <h2>
            {t("documents.story.title", {
              period: kind === "quarterly" ? `K${quarter} ${year}` : String(year),
            })}
          </h2>
          <p className="muted">{t("documents.story.intro")}</p>
          <textarea rows={6} value={story} onChange={(e) => setStory(e.target.value)} name="story" />
          <button
            type="button"
            onClick={() =>
              run(async () => {
                await api(`/api/rooms/${roomId}/stories`, {
                  method: "PUT",
                  body: { year, quarter: storyQuarter, text: story },
                });
                setMessage(t("documents.story.saved"));
              })
            }
          >
            {t("documents.story.save")}
          </button>
        </div>
      )}

      <div className="card">
        <h2>{t("documents.final.title")}</h2>
        {staff && <p className="muted">{t("documents.final.intro")}</p>}
        {finals.data?.finals.length === 0 && <p className="muted">{t("documents.final.none")}</p>}
        <ul>
          {finals.data?.finals.map((f) => (
            <li key={f.id}>
              {f.title} ({f.rooms.join(", ")}), {f.finalisedAt.slice(0, 10)}:{" "}
              {(["docx", "pdf", "xlsx"] as const).map((x) => (
                <a key={x} href={`/api/reports/finals/${f.id}/file?format=${x}`} download>
                  {x.toUpperCase()}{" "}
                </a>
              ))}
            </li>
          ))}
        </ul>
        {staff && (
          <>
            <h3>{t("documents.changes.title")}</h3>
            {changes.data?.reports.length === 0 && <p className="muted">{t("documents.changes.none")}</p>}
            {changes.data?.reports.map((r) => (
              <div key={r.id} className="table-wrap">
                <p className="warning">{r.label}</p>
                <table>
                  <thead>
                    <tr>
                      <th>{t("documents.changes.table")}</th>
                      <th>{t("documents.changes.row")}</th>
                      <th>{t("documents.changes.column")}</th>
                      <th className="num">{t("documents.changes.reported")}</th>
                      <th className="num">{t("documents.changes.now")}</th>
                      <th className="num">{t("documents.changes.difference")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c) => (
                      <tr key={`${c.table}|${c.row}|${c.column}`}>
                        <td>{c.table}</td>
                        <td>{c.row}</td>
                        <td>{c.column}</td>
                        <td className="num">{c.reported ?? "–"}</td>
                        <td className="num">{c.now ?? "–"}</td>
                        <td className="num">
                          {c.difference === null ? "" : c.difference > 0 ? `+${c.difference}` : c.difference}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </div>

      {me?.role === "cooperative" && <DocumentSettingsForm />}

      {preview && (
        <article className="card doc-preview" aria-label={preview.title}>
          <h1>{preview.title}</h1>
          <p>{preview.subtitle}</p>
          {preview.blocks.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
            <PreviewBlock key={i} block={b} />
          ))}
        </article>
      )}
    </section>
  );
}
