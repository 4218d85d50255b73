import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { PARTNER_TYPES } from "../../../domain/partners/partner-types";
import type { Partner } from "../../../domain/partners/ports";
import { useI18n } from "../../i18n/index";
import { api } from "../../lib/api";
import { useSession } from "../../lib/session";
import { useApi } from "../../lib/use-api";
import { partnerTypeLabel } from "./common";
import "./referrals.css";

interface PartnerForm {
  id?: number;
  name: string;
  type: string;
  contactName: string;
  contactPhone: string;
  standingAgreement: boolean;
  rooms: string[];
}

/** Partners of the cooperative: who they are, who to call, which rooms work with them. */
export function PartnersPage() {
  const { roomId = "" } = useParams();
  const { t } = useI18n();
  const { rooms } = useSession();
  const { data, error, reload } = useApi<{ partners: Partner[] }>("/api/partners");
  const [onlyRoom, setOnlyRoom] = useState(false);
  const blank: PartnerForm = {
    name: "",
    type: "",
    contactName: "",
    contactPhone: "",
    standingAgreement: false,
    rooms: [roomId],
  };
  const [form, setForm] = useState<PartnerForm>(blank);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function save(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    const { id, ...body } = form;
    try {
      await api(id ? `/api/partners/${id}` : "/api/partners", {
        method: id ? "PUT" : "POST",
        // Links to rooms this user cannot see are kept by the server; only send our own.
        body: {
          ...body,
          type: body.type || null,
          rooms: body.rooms.filter((r) => rooms.some((x) => x.id === r)),
        },
      });
      setMessage({ text: t("referrals.partners.saved"), error: false });
      setForm(blank);
      reload();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  const edit = (p: Partner) =>
    setForm({
      id: p.id,
      name: p.name,
      type: p.type ?? "",
      contactName: p.contactName ?? "",
      contactPhone: p.contactPhone ?? "",
      standingAgreement: p.standingAgreement,
      rooms: p.rooms,
    });
  const roomName = (id: string) => rooms.find((r) => r.id === id)?.name ?? id;
  const list = (data?.partners ?? []).filter(
    (p) => !onlyRoom || p.rooms.includes(roomId) || p.referralRooms.includes(roomId),
  );
  const typeChoices: string[] = [...PARTNER_TYPES];
  if (form.type && !typeChoices.includes(form.type)) typeChoices.push(form.type);

  return (
    <section>
      <h1>{t("referrals.partners.title")}</h1>
      <p className="muted">{t("referrals.partners.intro")}</p>
      <label className="inline">
        <input type="checkbox" checked={onlyRoom} onChange={(e) => setOnlyRoom(e.target.checked)} />
        {t("referrals.partners.onlyRoom")}
      </label>
      {error && <p className="error">{error.message}</p>}
      {data &&
        (list.length === 0 ? (
          <p>{t("referrals.partners.none")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("referrals.partners.name")}</th>
                  <th>{t("referrals.partners.type")}</th>
                  <th>{t("referrals.partners.contact")}</th>
                  <th>{t("referrals.partners.agreement")}</th>
                  <th>{t("referrals.partners.rooms")}</th>
                  <th className="num">{t("referrals.partners.referrals")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{partnerTypeLabel(t, p.type)}</td>
                    <td>{[p.contactName, p.contactPhone].filter(Boolean).join(", ")}</td>
                    <td>{p.standingAgreement ? t("referrals.partners.yes") : t("referrals.partners.no")}</td>
                    <td>
                      {p.rooms.map(roomName).join(", ")}
                      {p.referralRooms.some((r) => !p.rooms.includes(r)) && (
                        <span className="muted">
                          {p.rooms.length > 0 ? "; " : ""}
                          {t("referrals.partners.viaReferrals", {
                            rooms: p.referralRooms
                              .filter((r) => !p.rooms.includes(r))
                              .map(roomName)
                              .join(", "),
                          })}
                        </span>
                      )}
                    </td>
                    <td className="num">{p.referrals}</td>
                    <td>
                      <button type="button" onClick={() => edit(p)}>
                        {t("referrals.partners.edit")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}

      <form className="card referral-section" onSubmit={save} noValidate>
        <h2>{form.id ? t("referrals.partners.editTitle") : t("referrals.partners.add")}</h2>
        <label>
          {t("referrals.partners.name")}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t("referrals.partners.type")}
          <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
            <option value="">{t("referrals.choose")}</option>
            {typeChoices.map((ty) => (
              <option key={ty} value={ty}>
                {partnerTypeLabel(t, ty)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("referrals.partners.contact")}
          <input
            value={form.contactName}
            onChange={(e) => setForm({ ...form, contactName: e.target.value })}
          />
        </label>
        <label>
          {t("referrals.partners.phone")}
          <input
            type="tel"
            value={form.contactPhone}
            onChange={(e) => setForm({ ...form, contactPhone: e.target.value })}
          />
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.standingAgreement}
            onChange={(e) => setForm({ ...form, standingAgreement: e.target.checked })}
          />
          {t("referrals.partners.agreement")}
        </label>
        <fieldset className="domain-choices">
          <legend>{t("referrals.partners.rooms")}</legend>
          {rooms.map((r) => (
            <label key={r.id} className="inline">
              <input
                type="checkbox"
                checked={form.rooms.includes(r.id)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    rooms: e.target.checked ? [...form.rooms, r.id] : form.rooms.filter((x) => x !== r.id),
                  })
                }
              />
              {r.name}
            </label>
          ))}
        </fieldset>
        {message && (
          <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t("common.save")}
          </button>
          {form.id && (
            <button type="button" onClick={() => setForm(blank)}>
              {t("common.cancel")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
