import { type FormEvent, useState } from "react";
import { FUNDER_TYPES } from "../../../domain/finance/categories";
import type { RoomFinance } from "../../../domain/finance/get-room-finance";
import { useI18n } from "../../i18n/index";
import { euro, parseAmount, pct } from "./format";

interface Props {
  data: RoomFinance;
  editable: boolean;
  run: (path: string, method: string, body?: unknown) => Promise<boolean>;
}

/** Financing per funder with its status, the formal investment per funder type, and the balance. */
export function FinancingSection({ data, editable, run }: Props) {
  const { t, locale } = useI18n();
  const base = `/api/rooms/${data.roomId}/finance`;
  const [k, setK] = useState({ funderId: "", amount: "", status: "granted" });
  const [f, setF] = useState({ name: "", type: "municipality", contact: "" });
  const [funderId, setFunderId] = useState<number | null>(null);
  const fin = data.report.financing;
  const balance = fin.balance;

  async function addContribution(e: FormEvent) {
    e.preventDefault();
    const ok = await run(`${base}/contributions`, "POST", {
      year: data.year,
      funderId: Number(k.funderId),
      amount: parseAmount(k.amount),
      status: k.status,
    });
    if (ok) setK({ ...k, amount: "" });
  }
  async function addFunder(e: FormEvent) {
    e.preventDefault();
    const body = { ...f, contact: f.contact || null };
    const ok = await run(
      funderId === null ? "/api/finance/funders" : `/api/finance/funders/${funderId}`,
      funderId === null ? "POST" : "PUT",
      body,
    );
    if (ok) {
      setF({ name: "", type: f.type, contact: "" });
      setFunderId(null);
    }
  }

  return (
    <section aria-labelledby="fin-financing">
      <h2 id="fin-financing">{t("finance.financing")}</h2>
      {data.contributions.length === 0 ? (
        <p>{t("finance.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("finance.funder")}</th>
                <th>{t("finance.funderType")}</th>
                <th className="num">{t("finance.amount")}</th>
                <th>{t("finance.status")}</th>
                {editable && <th />}
              </tr>
            </thead>
            <tbody>
              {data.contributions.map((c) => (
                <tr key={c.id}>
                  <td>{c.funderName}</td>
                  <td>{t(`finance.type.${c.funderType}`)}</td>
                  <td className="num">{euro(c.amount, locale)}</td>
                  <td>
                    {t(`finance.status.${c.status}`)}
                    {(c.receivedOn ?? c.grantedOn ?? c.requestedOn) ? (
                      <span className="muted small"> ({c.receivedOn ?? c.grantedOn ?? c.requestedOn})</span>
                    ) : null}
                  </td>
                  {editable && (
                    <td className="row">
                      {c.status === "requested" && (
                        <button
                          type="button"
                          onClick={() =>
                            void run(`${base}/contributions/${c.id}/status`, "POST", { status: "granted" })
                          }
                        >
                          {t("finance.toGranted")}
                        </button>
                      )}
                      {c.status !== "received" && (
                        <button
                          type="button"
                          onClick={() =>
                            void run(`${base}/contributions/${c.id}/status`, "POST", { status: "received" })
                          }
                        >
                          {t("finance.toReceived")}
                        </button>
                      )}
                      <button
                        type="button"
                        className="ghost"
                        onClick={() => void run(`${base}/contributions/${c.id}`, "DELETE")}
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
      )}
      <div className="table-wrap">
        <table aria-label={t("finance.shareOfFormal")}>
          <thead>
            <tr>
              <th>{t("finance.funderType")}</th>
              <th className="num">{t("finance.amount")}</th>
              <th className="num">{t("finance.shareOfFormal")}</th>
            </tr>
          </thead>
          <tbody>
            {FUNDER_TYPES.filter((type) => fin.by_type[type] !== undefined).map((type) => (
              <tr key={type}>
                <td>{t(`finance.type.${type}`)}</td>
                <td className="num">{euro(fin.by_type[type], locale)}</td>
                <td className="num">{pct(data.shares.byType[type])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t("finance.formal")}</th>
              <th className="num">{euro(fin.formal, locale)}</th>
              <th />
            </tr>
            <tr>
              <th>{t("finance.balance")}</th>
              <th className="num">{euro(balance, locale)}</th>
              <th>
                {balance === null ? (
                  ""
                ) : balance >= 0 ? (
                  t("finance.balanced")
                ) : (
                  <span className="error">{t("finance.deficit")}</span>
                )}
              </th>
            </tr>
          </tfoot>
        </table>
      </div>
      {editable && (
        <>
          {data.funders.length === 0 ? (
            <p>{t("finance.noFunders")}</p>
          ) : (
            <form className="card row" onSubmit={addContribution} aria-label={t("finance.addContribution")}>
              <label>
                {t("finance.funder")}
                <select
                  required
                  value={k.funderId}
                  onChange={(e) => setK({ ...k, funderId: e.target.value })}
                >
                  <option value="" />
                  {data.funders.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("finance.amount")}
                <input
                  required
                  inputMode="decimal"
                  size={8}
                  value={k.amount}
                  onChange={(e) => setK({ ...k, amount: e.target.value })}
                />
              </label>
              <label>
                {t("finance.status")}
                <select value={k.status} onChange={(e) => setK({ ...k, status: e.target.value })}>
                  {(["requested", "granted", "received"] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(`finance.status.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="primary">
                {t("finance.addContribution")}
              </button>
            </form>
          )}
          <details>
            <summary>
              {t("finance.register")} ({data.funders.length})
            </summary>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t("finance.funderName")}</th>
                    <th>{t("finance.funderType")}</th>
                    <th>{t("finance.contact")}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.funders.map((x) => (
                    <tr key={x.id}>
                      <td>{x.name}</td>
                      <td>{t(`finance.type.${x.type}`)}</td>
                      <td>{x.contact}</td>
                      <td>
                        <button
                          type="button"
                          className="ghost"
                          onClick={() => {
                            setFunderId(x.id);
                            setF({ name: x.name, type: x.type, contact: x.contact ?? "" });
                          }}
                        >
                          {t("finance.edit")}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <form className="card row" onSubmit={addFunder} aria-label={t("finance.register")}>
            <label>
              {t("finance.funderName")}
              <input required value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
            </label>
            <label>
              {t("finance.funderType")}
              <select value={f.type} onChange={(e) => setF({ ...f, type: e.target.value })}>
                {FUNDER_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`finance.type.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("finance.contact")}
              <input value={f.contact} onChange={(e) => setF({ ...f, contact: e.target.value })} />
            </label>
            <button type="submit">{funderId === null ? t("finance.addFunder") : t("common.save")}</button>
          </form>
        </>
      )}
    </section>
  );
}
