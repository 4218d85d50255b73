import { useMemo, useState } from "react";
import type { ScanRow, ScanView } from "../../../domain/planning/get-scan";
import type { NearbyResult } from "../../../domain/planning/nearby";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useApi } from "../../lib/use-api";
import { ScanMapView } from "./scan-map";
import "./planning.css";

type SortKey =
  | "code"
  | "name"
  | "inhabitants"
  | "benefitShare"
  | "lowEducatedShare"
  | "vulnerable"
  | "scanClass";
const CLASS_ORDER = { thuisbuurt: 0, zoekbuurt: 1, werkbuurt: 2, probuurt: 3 } as const;

function sortValue(r: ScanRow, key: SortKey): string | number {
  if (key === "scanClass") return r.scanClass ? CLASS_ORDER[r.scanClass] : 9;
  const v = r[key];
  return v === null ? Number.NEGATIVE_INFINITY : v;
}

/** The neighbourhood scan (seed 000 §2A): import, table, map and the 1.5 km check. */
export function ScanPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState("");
  const [municipality, setMunicipality] = useState("");
  const [kind, setKind] = useState<"" | "buurt" | "wijk">("");
  const [klass, setKlass] = useState("");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "vulnerable", desc: true });
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [near, setNear] = useState<NearbyResult | null>(null);
  const [importYear, setImportYear] = useState(String(new Date().getFullYear() - 1));
  const query = new URLSearchParams({ ...(year ? { year } : {}), ...(municipality ? { municipality } : {}) });
  const { data, reload } = useApi<ScanView>(`/api/planning/scan?${query}`);
  const nf = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");
  const pf = (x: number | null) => (x === null ? "–" : `${nf.format(Math.round(x * 1000) / 10)}%`);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = (data?.rows ?? []).filter(
      (r) =>
        (!kind || r.kind === kind) &&
        (!klass || (r.scanClass ?? "none") === klass) &&
        (!q || r.name.toLowerCase().includes(q) || r.code.toLowerCase().includes(q)),
    );
    return list.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
      return sort.desc ? -c : c;
    });
  }, [data, kind, klass, search, sort]);

  async function upload(kindOf: "scan" | "centres" | "shapes", files: FileList | null) {
    const f = files?.[0];
    if (!f) return;
    const text = await f.text();
    try {
      if (kindOf === "scan") {
        const r = await api<{ areas: number; municipalities: string[] }>("/api/planning/scan/import", {
          body: { year: Number(importYear), file: f.name, csv: text },
        });
        setMessage({ text: t("planning.imported", { n: r.areas, m: r.municipalities.join(", ") }) });
      } else if (kindOf === "centres") {
        const r = await api<{ stored: number; unknown: { line: number; code: string }[] }>(
          "/api/planning/scan/centres",
          { body: { file: f.name, csv: text } },
        );
        const unknown = r.unknown.map((u) => `${u.code} (${t("planning.line")} ${u.line})`).join(", ");
        setMessage({
          text:
            t("planning.centresImported", { n: r.stored }) +
            (unknown ? ` ${t("planning.unknownCodes", { codes: unknown })}` : ""),
          error: r.unknown.length > 0,
        });
      } else {
        const r = await api<{ stored: number; unknown: string[] }>("/api/planning/scan/shapes", {
          body: { geojson: text },
        });
        setMessage({ text: t("planning.shapesImported", { n: r.stored, u: r.unknown.length }) });
      }
      reload();
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }

  async function checkNear(code: string) {
    if (!data?.year) return;
    try {
      setNear(
        await api<NearbyResult>(
          `/api/planning/scan/nearby?year=${data.year}&code=${encodeURIComponent(code)}`,
        ),
      );
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  }

  const header = (key: SortKey, label: string, num = false) => (
    <th
      className={num ? "num" : undefined}
      aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}
    >
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : num })}>
        {label}
        {sort.key === key ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );

  const municipalities = data?.years.find((y) => y.year === data.year)?.municipalities ?? [];
  return (
    <div className="grid">
      <h1>{t("planning.scan.title")}</h1>
      <section className="card">
        <h2>{t("planning.import")}</h2>
        <div className="scan-filters">
          <label>
            {t("planning.year")}
            <input
              value={importYear}
              onChange={(e) => setImportYear(e.target.value)}
              inputMode="numeric"
              size={5}
            />
          </label>
          <label>
            {t("planning.import.cbs")}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => upload("scan", e.target.files)}
              data-testid="cbs-file"
            />
          </label>
          <label>
            {t("planning.import.centres")}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => upload("centres", e.target.files)}
              data-testid="centres-file"
            />
          </label>
          <label>
            {t("planning.import.shapes")}
            <input
              type="file"
              accept=".json,.geojson"
              onChange={(e) => upload("shapes", e.target.files)}
              data-testid="shapes-file"
            />
          </label>
        </div>
        {message && (
          <p className={message.error ? "error" : "muted"} role="status">
            {message.text}
          </p>
        )}
      </section>

      <section className="card">
        <div className="scan-filters">
          <label>
            {t("planning.year")}
            <select value={year || String(data?.year ?? "")} onChange={(e) => setYear(e.target.value)}>
              {data?.years.map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("planning.municipality")}
            <select value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
              <option value="">{t("planning.all")}</option>
              {municipalities.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("planning.kind")}
            <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              <option value="">{t("planning.all")}</option>
              <option value="buurt">{t("planning.kind.buurt")}</option>
              <option value="wijk">{t("planning.kind.wijk")}</option>
            </select>
          </label>
          <label>
            {t("planning.class")}
            <select value={klass} onChange={(e) => setKlass(e.target.value)}>
              <option value="">{t("planning.all")}</option>
              {["thuisbuurt", "zoekbuurt", "werkbuurt", "probuurt", "none"].map((c) => (
                <option key={c} value={c}>
                  {t(`planning.class.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("planning.search")}
            <input value={search} onChange={(e) => setSearch(e.target.value)} type="search" />
          </label>
          {data?.year && (
            <a
              className="button"
              href={`/api/planning/scan/export?${new URLSearchParams({ year: String(data.year), ...(municipality ? { municipality } : {}) })}`}
              download
            >
              {t("planning.export")}
            </a>
          )}
        </div>
        {data && data.rows.length === 0 && <p className="muted">{t("planning.scan.empty")}</p>}
        {data && data.rows.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="scan-table">
                <thead>
                  <tr>
                    {header("code", t("planning.col.code"))}
                    {header("name", t("planning.col.name"))}
                    {header("inhabitants", t("planning.col.inhabitants"), true)}
                    <th className="num">{t("planning.col.bijstand")}</th>
                    <th className="num">{t("planning.col.ww")}</th>
                    <th className="num">{t("planning.col.ao")}</th>
                    <th className="num">{t("planning.col.aow")}</th>
                    {header("benefitShare", t("planning.col.benefitShare"), true)}
                    {header("lowEducatedShare", t("planning.col.lowEducated"), true)}
                    {header("vulnerable", t("planning.col.vulnerable"), true)}
                    {header("scanClass", t("planning.class"))}
                    <th>{t("planning.col.near")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.code}>
                      <td>{r.code}</td>
                      <td>
                        {r.name}
                        {r.kind === "wijk" ? ` (${t("planning.kind.wijk")})` : ""}
                      </td>
                      <td className="num">{r.inhabitants === null ? "–" : nf.format(r.inhabitants)}</td>
                      <td className="num">{r.bijstand === null ? "–" : nf.format(r.bijstand)}</td>
                      <td className="num">{r.ww === null ? "–" : nf.format(r.ww)}</td>
                      <td className="num">{r.ao === null ? "–" : nf.format(r.ao)}</td>
                      <td className="num">{r.aow === null ? "–" : nf.format(r.aow)}</td>
                      <td className="num">{pf(r.benefitShare)}</td>
                      <td className="num">{pf(r.lowEducatedShare)}</td>
                      <td className="num">{r.vulnerable === null ? "–" : nf.format(r.vulnerable)}</td>
                      <td>{t(`planning.class.${r.scanClass ?? "none"}`)}</td>
                      <td>
                        {r.kind === "buurt" && r.hasCentre && (
                          <button type="button" className="ghost" onClick={() => checkNear(r.code)}>
                            {t("planning.near.check")}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="source">{data.source}</p>
          </>
        )}
      </section>

      {near && (
        <section className="card" data-testid="nearby">
          <h2>{t("planning.near.title")}</h2>
          <p className={near.enough ? "ok" : "warning"}>
            {t(near.enough ? "planning.near.enough" : "planning.near.short", {
              n: nf.format(near.vulnerable),
              min: nf.format(near.minimum),
            })}
          </p>
          {near.unknown > 0 && <p className="muted">{t("planning.near.unknown", { n: near.unknown })}</p>}
          <ul>
            {near.areas.map((a) => (
              <li key={a.code}>
                {a.name} – {nf.format(Math.round(a.distanceKm * 100) / 100)} km –{" "}
                {a.vulnerable === null ? "?" : nf.format(a.vulnerable)}
              </li>
            ))}
          </ul>
          <p className="source">{data?.source}</p>
        </section>
      )}

      {data && (
        <section className="card">
          <h2>{t("planning.map.title")}</h2>
          <ScanMapView map={data.map} source={data.source} selected={near?.areas[0]?.code} />
        </section>
      )}
    </div>
  );
}
