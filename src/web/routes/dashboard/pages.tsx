import { ImportPage } from "../import/import";
import type { PageDef } from "../pages";
import { AllRoomsDashboardPage } from "./all-dashboard";
import { DeskSurveyPage } from "./desk-survey";
import { RoomDashboardPage } from "./room-dashboard";
import { SurveysPage } from "./surveys";
import { TargetsPage } from "./targets";

const STAFF = ["coordinator", "cooperative"] as const;

/** The screens of issue 5 (dashboard, targets, surveys, import), listed in src/web/routes/pages.tsx with one line. */
export const dashboardPages: PageDef[] = [
  {
    path: "/rooms/:roomId/dashboard",
    element: <RoomDashboardPage />,
    nav: { label: "dashboard.nav.dashboard", roles: ["coordinator", "cooperative", "board"], icon: "▥" },
  },
  {
    path: "/rooms/:roomId/dashboard/all",
    element: <AllRoomsDashboardPage />,
    nav: { label: "dashboard.nav.all", roles: STAFF, icon: "▦" },
  },
  {
    path: "/rooms/:roomId/targets",
    element: <TargetsPage />,
    nav: { label: "dashboard.nav.targets", roles: ["coordinator", "cooperative", "board"], icon: "◎" },
  },
  {
    path: "/rooms/:roomId/surveys",
    element: <SurveysPage />,
    nav: { label: "dashboard.nav.surveys", roles: STAFF, icon: "✎" },
  },
  {
    path: "/rooms/:roomId/survey",
    element: <DeskSurveyPage />,
    nav: { label: "dashboard.nav.deskSurvey", roles: ["desk"], icon: "☺" },
  },
  {
    path: "/rooms/:roomId/import",
    element: <ImportPage />,
    nav: { label: "dashboard.nav.import", roles: ["cooperative"], icon: "⇪" },
  },
];
