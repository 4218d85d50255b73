import type { ReactElement } from "react";
import type { Role } from "../../domain/auth/roles";
import { dashboardPages } from "./dashboard/pages";
import { deskPages } from "./desk/pages";
import { DocumentsPage } from "./documents/documents-page";
import { FinancePage } from "./finance/finance-page";
import { OrganisationPage } from "./organisation";
import { peoplePages } from "./people/pages";
import { planningPages } from "./planning/pages";
import { PartnersPage } from "./referrals/partners";
import { ReferralDetailPage } from "./referrals/referral-detail";
import { ReferralFormPage } from "./referrals/referral-form";
import { ReferralNotePage } from "./referrals/referral-note";
import { ReferralOverviewPage } from "./referrals/referral-overview";
import { ReferralsListPage } from "./referrals/referrals-list";
import { RoomPage } from "./room";
import { AuditLogPage } from "./security/audit-log";
import { TwoFactorPage } from "./security/two-factor";

/**
 * Every screen. Paths under `/rooms/:roomId/` belong to the room chosen in the header's switcher.
 * `nav` puts the page in the menu for the roles listed. A context adds its pages here (one line).
 */
export interface PageDef {
  path: string;
  element: ReactElement;
  nav?: { label: string; roles: readonly Role[]; icon?: string };
}

export const pages: PageDef[] = [
  ...dashboardPages,
  ...deskPages,
  ...peoplePages,
  ...planningPages,
  {
    path: "/rooms/:roomId/documents",
    element: <DocumentsPage />,
    nav: { label: "documents.nav", roles: ["coordinator", "cooperative", "board", "funder"], icon: "▤" },
  },
  {
    path: "/rooms/:roomId",
    element: <RoomPage />,
    nav: { label: "nav.room", roles: ["coordinator", "cooperative", "board"], icon: "⌂" },
  },
  {
    path: "/rooms/:roomId/organisation",
    element: <OrganisationPage />,
    nav: { label: "nav.organisation", roles: ["cooperative"], icon: "⚙" },
  },
  {
    path: "/rooms/:roomId/referrals",
    element: <ReferralsListPage />,
    nav: { label: "referrals.nav.list", roles: ["coordinator", "cooperative"], icon: "⇄" },
  },
  {
    path: "/rooms/:roomId/referrals/new",
    element: <ReferralFormPage />,
    nav: { label: "referrals.nav.new", roles: ["desk"], icon: "⇄" },
  },
  { path: "/rooms/:roomId/referrals/:referralId", element: <ReferralDetailPage /> },
  { path: "/rooms/:roomId/referrals/:referralId/note", element: <ReferralNotePage /> },
  {
    path: "/rooms/:roomId/referral-overview",
    element: <ReferralOverviewPage />,
    nav: { label: "referrals.nav.overview", roles: ["coordinator", "cooperative", "board"], icon: "%" },
  },
  {
    path: "/rooms/:roomId/partners",
    element: <PartnersPage />,
    nav: { label: "referrals.nav.partners", roles: ["coordinator", "cooperative"], icon: "☍" },
  },
  {
    path: "/rooms/:roomId/finance",
    element: <FinancePage />,
    nav: { label: "finance.nav", roles: ["coordinator", "cooperative"], icon: "€" },
  },
  {
    path: "/rooms/:roomId/audit-log",
    element: <AuditLogPage />,
    nav: { label: "security.nav.audit", roles: ["cooperative"], icon: "≡" },
  },
  {
    path: "/rooms/:roomId/two-factor",
    element: <TwoFactorPage />,
    nav: { label: "security.nav.twoFactor", roles: ["coordinator", "cooperative"], icon: "✓" },
  },
];

/** Where a user lands after login. Contexts may register a better start page per role. */
export const homeByRole: Partial<Record<Role, string>> = {
  desk: "/rooms/:roomId/today",
  coordinator: "/rooms/:roomId/dashboard",
  cooperative: "/rooms/:roomId/dashboard",
  board: "/rooms/:roomId/dashboard",
  funder: "/rooms/:roomId/documents",
};
