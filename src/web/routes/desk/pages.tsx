import type { PageDef } from "../pages";
import { CallListPage } from "./call-list";
import { HelpPage } from "./help";
import { HoursPage } from "./hours";
import { JobPage } from "./job";
import { NewVisitorPage } from "./new-visitor";
import { SignInSheetPage } from "./sign-in-sheet";
import { DeskSwitchPage } from "./switch";
import { TodayPage } from "./today";

const DESK = ["desk", "coordinator"] as const;

/** The desk's screens (issue 10), listed in src/web/routes/pages.tsx with one line. */
export const deskPages: PageDef[] = [
  {
    path: "/rooms/:roomId/today",
    element: <TodayPage />,
    nav: { label: "nav.today", roles: DESK, icon: "☕" },
  },
  {
    path: "/rooms/:roomId/visitors/new",
    element: <NewVisitorPage />,
    nav: { label: "nav.newVisitor", roles: DESK, icon: "＋" },
  },
  {
    path: "/rooms/:roomId/jobs/new",
    element: <JobPage />,
    nav: { label: "nav.job", roles: DESK, icon: "🔧" },
  },
  {
    path: "/rooms/:roomId/hours",
    element: <HoursPage />,
    nav: { label: "nav.hours", roles: DESK, icon: "⏱" },
  },
  { path: "/rooms/:roomId/help", element: <HelpPage />, nav: { label: "nav.help", roles: DESK, icon: "📝" } },
  {
    path: "/rooms/:roomId/call-list",
    element: <CallListPage />,
    nav: { label: "nav.callList", roles: ["coordinator"], icon: "☎" },
  },
  { path: "/rooms/:roomId/today/print/:activityId", element: <SignInSheetPage /> },
  // Shared tablets (issue 8): the desk's "Wissel" button opens it; not in the menu.
  { path: "/rooms/:roomId/switch", element: <DeskSwitchPage /> },
];
