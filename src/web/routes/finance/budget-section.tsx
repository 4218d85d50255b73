import { type FormEvent, Fragment, useState } from "react";
import { CATEGORIES, categoryOf } from "../../../domain/finance/categories";
import type { RoomFinance } from "../../../domain/finance/get-room-finance";
import { useI18n } from "../../i18n/index";
import { euro, hours, parseAmount, parseDecimal, pct } from "./format";

interface Props {
  data: RoomFinance;
  editable: boolean;
  run: (path: string, method: string, body?: unknown) => Promise<boolean>;
}

/** The budget table A–E with subtotals and the SROI, people and overhead rows, as the seeds print it. */
export function BudgetSection({ data, editable, run }: Props) {
  const { t, locale } = useI18n();
  const base = `/api/rooms/${data.roomId}/finance`;
  const [line, setLine] = useState({
    code: "",
    description: "",
    hoursPerWeek: "",
    amount: "",
    correction: false,
  });
  const [index, setIndex] = useState("2");
  // The line being changed; null adds a new one. Indirect is kept as it was when editing.
  const [editing, setEditing] = useState<{ id: number; indirect: boolean } | null>(null);
  const empty = { code: "", description: "", hoursPerWeek: "", amount: "", correction: false };
  const r = data.report;

  async function add(e: FormEvent) {
    e.preventDefault();
    const ok = await run(
      editing ? `${base}/budget-lines/${editing.id}` : `${base}/budget-lines`,
      editing ? "PUT" : "POST",
      {
        year: data.year,
        ...(editing ? { indirect: editing.indirect } : {}),
        code: line.code,
        description: line.description || null,
        hoursPerWeek: line.hoursPerWeek ? parseDecimal(line.hoursPerWeek) : null,
        amount: parseAmount(line.amount),
        correction: line.correction,
      },
    );
    if (ok) {
      setLine(empty);
      setEditing(null);
    }
  }
  const start = (body: unknown) => run(`${base}/budget/start`, "POST", { year: data.year, start: body });

  return (
    <section aria-labelledby="fin-budget">
      <h2 id="fin-budget">{t("finance.budget")}</h2>
      {data.lines.length === 0 ? (
        <>
          <p>{t("finance.budget.none")}</p>
          {editable && (
            <div className="row">
              <button type="button" onClick={() => void start({ from: "template", template: "light" })}>
                {t("finance.budget.startLight")}
              </button>
              <button type="button" onClick={() => void start({ from: "template", template: "full" })}>
                {t("finance.budget.startFull")}
              </button>
              <label className="inline">
                {t("finance.budget.index")}
                <input
                  inputMode="decimal"
                  size={4}
                  value={index}
                  onChange={(e) => setIndex(e.target.value)}
                />
              </label>
              <button
                type="button"
                onClick={() =>
                  void start({ from: "copy", fromYear: data.year - 1, indexPct: parseDecimal(index) || 0 })
                }
              >
                {t("finance.budget.copy")}
              </button>
            </div>
          )}
        </>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("finance.code")}</th>
                <th>{t("finance.description")}</th>
                <th className="num">{t("finance.hoursPerWeek")}</th>
                <th className="num">{t("finance.amount")}</th>
                <th>{t("finance.indirect")}</th>
                {editable && <th />}
              </tr>
            </thead>
            <tbody>
              {CATEGORIES.map((cat) => (
                <Fragment key={cat}>
                  {data.lines
                    .filter((l) => categoryOf(l.code) === cat)
                    .map((l) => (
                      <tr key={l.id}>
                        <td>{l.code}</td>
                        <td>{l.description}</td>
                        <td className="num">
                          {l.hoursPerWeek === null ? "" : hours(l.hoursPerWeek, locale)}
                        </td>
                        <td className="num">{euro(l.amount, locale)}</td>
                        <td>{l.indirect ? t("finance.yes") : ""}</td>
                        {editable && (
                          <td>
                            <button
                              type="button"
                              className="ghost"
                              onClick={() => {
                                setEditing({ id: l.id, indirect: l.indirect });
                                setLine({
                                  code: l.code,
                                  description: l.description ?? "",
                                  hoursPerWeek:
                                    l.hoursPerWeek === null ? "" : String(l.hoursPerWeek).replace(".", ","),
                                  amount: String(l.amount).replace(".", ","),
                                  correction: l.correction,
                                });
                              }}
                            >
                              {t("finance.edit")}
                            </button>
                            <button
                              type="button"
                              className="ghost"
                              onClick={() => void run(`${base}/budget-lines/${l.id}`, "DELETE")}
                            >
                              {t("finance.delete")}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  <tr className="subtotal">
                    <th colSpan={3}>{t("finance.subtotal", { cat, name: t(`finance.cat.${cat}`) })}</th>
                    <th className="num">{euro(r.costs[cat], locale)}</th>
                    <th colSpan={editable ? 2 : 1} />
                  </tr>
                </Fragment>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th colSpan={3}>{t("finance.total")}</th>
                <th className="num">{euro(r.costs.total, locale)}</th>
                <th colSpan={editable ? 2 : 1} />
              </tr>
              <tr>
                <td colSpan={3}>{t("finance.sroi")}</td>
                <td className="num">{pct(r.ratios.sroi)}</td>
              </tr>
              <tr>
                <td colSpan={3}>{t("finance.people")}</td>
                <td className="num">{pct(r.ratios.people)}</td>
              </tr>
              <tr>
                <td colSpan={3}>{t("finance.overhead")}</td>
                <td className="num">{pct(r.ratios.overhead)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {editable && (
        <form className="card row" onSubmit={add} aria-label={t("finance.addLine")}>
          <label>
            {t("finance.code")}
            <input
              required
              size={4}
              value={line.code}
              onChange={(e) => setLine({ ...line, code: e.target.value })}
            />
          </label>
          <label>
            {t("finance.description")}
            <input
              value={line.description}
              onChange={(e) => setLine({ ...line, description: e.target.value })}
            />
          </label>
          <label>
            {t("finance.hoursPerWeek")}
            <input
              inputMode="decimal"
              size={5}
              value={line.hoursPerWeek}
              onChange={(e) => setLine({ ...line, hoursPerWeek: e.target.value })}
            />
          </label>
          <label>
            {t("finance.amount")}
            <input
              required
              inputMode="decimal"
              size={8}
              value={line.amount}
              onChange={(e) => setLine({ ...line, amount: e.target.value })}
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={line.correction}
              onChange={(e) => setLine({ ...line, correction: e.target.checked })}
            />
            {t("finance.correction")}
          </label>
          <button type="submit" className="primary">
            {editing ? t("common.save") : t("finance.addLine")}
          </button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setLine(empty);
              }}
            >
              {t("common.cancel")}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
