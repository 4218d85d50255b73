import type { PageDef } from "../pages";
import { BusinessCasePage } from "./business-case-page";
import { LearningPage } from "./learning-page";
import { MultiYearPage } from "./multi-year-page";
import { ScanPage } from "./scan-page";

/** The screens of issue 11 (planning), listed in src/web/routes/pages.tsx with one line. */
export const planningPages: PageDef[] = [
  {
    path: "/rooms/:roomId/planning/scan",
    element: <ScanPage />,
    nav: { label: "planning.nav.scan", roles: ["cooperative"], icon: "◫" },
  },
  {
    path: "/rooms/:roomId/planning/business-case",
    element: <BusinessCasePage />,
    nav: { label: "planning.nav.case", roles: ["cooperative"], icon: "✚" },
  },
  {
    path: "/rooms/:roomId/planning/multi-year",
    element: <MultiYearPage />,
    nav: { label: "planning.nav.plan", roles: ["cooperative"], icon: "⧗" },
  },
  {
    path: "/rooms/:roomId/planning/learning",
    element: <LearningPage />,
    nav: { label: "planning.nav.learning", roles: ["coordinator", "cooperative"], icon: "✎" },
  },
];
