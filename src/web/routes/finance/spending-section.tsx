import { type FormEvent, useState } from "react";
import type { RoomFinance } from "../../../domain/finance/get-room-finance";
import { PETTY_CASH_CATEGORIES } from "../../../domain/finance/petty-cash";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { euro, parseAmount, pct } from "./format";

interface Props {
  data: RoomFinance;
  editable: boolean;
  run: (path: string, method: string, body?: unknown) => Promise<boolean>;
}

/** Budget against actual spending per category and quarter; petty cash counts as D1. */
export function SpendingSection({ data, editable, run, reload }: Props & { reload: () => void }) {
  const { t, locale } = useI18n();
  const [a, setA] = useState({ date: "", code: "", amount: "", description: "", correction: false });
  const rows = [...data.spending.categories, data.spending.total];
  const [imported, setImported] = useState<{ text: string; error: boolean }>();

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const res = await api<{
        imported: number;
        unchanged: number;
        rejected: { line: number; field: string; reason: string }[];
      }>(`/api/rooms/${data.roomId}/finance/actuals/import`, { body: { csv: await file.text() } });
      const first = res.rejected[0];
      setImported(
        first
          ? { text: t("finance.importActuals.rejected", first), error: true }
          : { text: t("finance.importActuals.done", { n: res.imported, m: res.unchanged }), error: false },
      );
      if (!first) reload();
    } catch (err) {
      setImported({ text: (err as Error).message, error: true });
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const ok = await run(`/api/rooms/${data.roomId}/finance/actuals`, "POST", {
      date: a.date,
      code: a.code,
      amount: parseAmount(a.amount),
      description: a.description || null,
      correction: a.correction,
    });
    if (ok) setA({ ...a, amount: "", description: "" });
  }

  return (
    <section aria-labelledby="fin-quarters">
      <h2 id="fin-quarters">{t("finance.quarters")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th />
              <th className="num">{t("finance.budgeted")}</th>
              {[1, 2, 3, 4].map((n) => (
                <th key={n} className="num">
                  {t("finance.q", { n })}
                </th>
              ))}
              <th className="num">{t("finance.spent")}</th>
              <th className="num">{t("finance.left")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className={r.code === "total" ? "subtotal" : undefined}>
                <td>
                  {r.code === "total" ? t("finance.total") : `(${r.code}) ${t(`finance.cat.${r.code}`)}`}
                </td>
                <td className="num">{euro(r.budget, locale)}</td>
                {r.actual.map((x, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the four quarters are fixed positions
                  <td key={i} className="num">
                    {euro(x, locale)}
                  </td>
                ))}
                <td className="num">
                  {euro(r.actualTotal, locale)}
                  {r.budget > 0 && <span className="muted small"> ({pct(r.actualTotal / r.budget)})</span>}
                </td>
                <td className={`num ${r.remaining < 0 ? "error" : ""}`}>{euro(r.remaining, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <form className="card row" onSubmit={add} aria-label={t("finance.addActual")}>
          <label>
            {t("finance.date")}
            <input
              required
              type="date"
              value={a.date}
              onChange={(e) => setA({ ...a, date: e.target.value })}
            />
          </label>
          <label>
            {t("finance.code")}
            <input required size={4} value={a.code} onChange={(e) => setA({ ...a, code: e.target.value })} />
          </label>
          <label>
            {t("finance.amount")}
            <input
              required
              inputMode="decimal"
              size={8}
              value={a.amount}
              onChange={(e) => setA({ ...a, amount: e.target.value })}
            />
          </label>
          <label>
            {t("finance.description")}
            <input value={a.description} onChange={(e) => setA({ ...a, description: e.target.value })} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={a.correction}
              onChange={(e) => setA({ ...a, correction: e.target.checked })}
            />
            {t("finance.correction")}
          </label>
          <button type="submit">{t("finance.addActual")}</button>
        </form>
      )}
      {editable && (
        <div className="card">
          <label>
            {t("finance.importActuals")}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </label>
          <p className="muted small">{t("finance.importActuals.help")}</p>
          {imported && (
            <p className={imported.error ? "error" : "muted"} role="status">
              {imported.text}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The petty cash book (handgeld) with the months above € 250 marked. */
export function PettyCashSection({ data, editable, run }: Props) {
  const { t, locale } = useI18n();
  const [e, setE] = useState({
    date: "",
    amount: "",
    category: "coffee_tea",
    description: "",
    receipt: true,
  });
  const { months, entries } = data.pettyCash;

  async function add(ev: FormEvent) {
    ev.preventDefault();
    const ok = await run(`/api/rooms/${data.roomId}/finance/petty-cash`, "POST", {
      date: e.date,
      amount: parseAmount(e.amount),
      category: e.category,
      description: e.description || null,
      receipt: e.receipt,
    });
    if (ok) setE({ ...e, amount: "", description: "" });
  }

  return (
    <section aria-labelledby="fin-petty">
      <h2 id="fin-petty">{t("finance.pettyCash")}</h2>
      <p className="muted">{t("finance.pettyCash.intro")}</p>
      {months.length === 0 ? (
        <p>{t("finance.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("finance.month")}</th>
                <th className="num">{t("finance.amount")}</th>
                <th className="num">{t("finance.entries")}</th>
                <th className="num">{t("finance.withoutReceipt")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td className="num">{euro(m.total, locale)}</td>
                  <td className="num">{m.entries}</td>
                  <td className="num">{m.withoutReceipt}</td>
                  <td>{m.overLimit && <span className="warning">⚠ {t("finance.overLimit")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length > 0 && (
        <details>
          <summary>
            {t("finance.entries")} ({entries.length})
          </summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("finance.date")}</th>
                  <th>{t("finance.category")}</th>
                  <th>{t("finance.description")}</th>
                  <th>{t("finance.receipt")}</th>
                  <th className="num">{t("finance.amount")}</th>
                  {editable && <th />}
                </tr>
              </thead>
              <tbody>
                {entries.map((x) => (
                  <tr key={x.id}>
                    <td>{x.date}</td>
                    <td>{t(`finance.pc.${x.category}`)}</td>
                    <td>{x.description}</td>
                    <td>{x.receipt ? t("finance.yes") : t("finance.no")}</td>
                    <td className="num">{euro(x.amount, locale)}</td>
                    {editable && (
                      <td>
                        <button
                          type="button"
                          className="ghost"
                          onClick={() =>
                            void run(`/api/rooms/${data.roomId}/finance/petty-cash/${x.id}`, "DELETE")
                          }
                        >
                          {t("finance.delete")}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {editable && (
        <form className="card row" onSubmit={add} aria-label={t("finance.addPettyCash")}>
          <label>
            {t("finance.date")}
            <input
              required
              type="date"
              value={e.date}
              onChange={(ev) => setE({ ...e, date: ev.target.value })}
            />
          </label>
          <label>
            {t("finance.amount")}
            <input
              required
              inputMode="decimal"
              size={7}
              value={e.amount}
              onChange={(ev) => setE({ ...e, amount: ev.target.value })}
            />
          </label>
          <label>
            {t("finance.category")}
            <select value={e.category} onChange={(ev) => setE({ ...e, category: ev.target.value })}>
              {PETTY_CASH_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`finance.pc.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("finance.description")}
            <input value={e.description} onChange={(ev) => setE({ ...e, description: ev.target.value })} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={e.receipt}
              onChange={(ev) => setE({ ...e, receipt: ev.target.checked })}
            />
            {t("finance.receipt")}
          </label>
          <button type="submit">{t("finance.addPettyCash")}</button>
        </form>
      )}
    </section>
  );
}

/** Each landlord's share of the room's participants and the corporations' part split pro rata. */
export function HousingSection({ data }: { data: RoomFinance }) {
  const { t, locale } = useI18n();
  const h = data.housing;
  return (
    <section aria-labelledby="fin-housing">
      <h2 id="fin-housing">{t("finance.housing")}</h2>
      <p>
        {t("finance.housing.intro", {
          n: h.participants,
          part: h.corporationsPart.toLocaleString(locale === "en" ? "en-GB" : "nl-NL"),
        })}
      </p>
      {h.landlords.length === 0 ? (
        <p>{t("finance.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("finance.landlord")}</th>
                <th className="num">{t("finance.tenants")}</th>
                <th className="num">{t("finance.share")}</th>
                <th className="num">{t("finance.proRata")}</th>
              </tr>
            </thead>
            <tbody>
              {h.landlords.map((l) => (
                <tr key={l.landlord}>
                  <td>{l.landlord}</td>
                  <td className="num">{l.tenants}</td>
                  <td className="num">{pct(l.share)}</td>
                  <td className="num">{l.proRata === null ? "–" : euro(l.proRata, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
