import type { Partner } from "../../../domain/partners/ports";
import type { T } from "../../i18n/index";

/** A partner's kind: our ids are translated, an imported free text is shown as it is. */
export function partnerTypeLabel(t: T, type: string | null): string {
  if (!type) return "";
  const key = `referrals.type.${type}`;
  const label = t(key);
  return label === key ? type : label;
}

export function formatDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}

export function PartnerOptions({ partners, t, empty }: { partners: Partner[]; t: T; empty?: string }) {
  return (
    <>
      <option value="">{empty ?? t("referrals.choose")}</option>
      {partners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.type ? ` (${partnerTypeLabel(t, p.type)})` : ""}
        </option>
      ))}
    </>
  );
}

export function StatusBadge({ status, t }: { status: string; t: T }) {
  return <span className={`referral-status status-${status}`}>{t(`referrals.status.${status}`)}</span>;
}
