import type { PageDef } from "../pages";
import { AllowancesPage } from "./allowances";
import { KeysPage } from "./keys";
import { MembersPage } from "./members";
import { MergePage } from "./merge";
import { PeopleListPage } from "./people-list";
import { PersonPage } from "./person-page";
import { PlacementsPage } from "./placements";
import { PrivacyPage } from "./privacy";
import { VolunteersPage } from "./volunteers";

const STAFF = ["coordinator", "cooperative"] as const;

/** The people area's screens (issue 3), listed in src/web/routes/pages.tsx with one line. */
export const peoplePages: PageDef[] = [
  {
    path: "/rooms/:roomId/people",
    element: <PeopleListPage />,
    nav: { label: "people.nav.list", roles: STAFF, icon: "☺" },
  },
  { path: "/rooms/:roomId/people/merge", element: <MergePage /> },
  { path: "/rooms/:roomId/people/:personId", element: <PersonPage /> },
  {
    path: "/rooms/:roomId/members",
    element: <MembersPage />,
    nav: { label: "people.nav.members", roles: [...STAFF, "board"], icon: "♥" },
  },
  {
    path: "/rooms/:roomId/volunteers",
    element: <VolunteersPage />,
    nav: { label: "people.nav.volunteers", roles: STAFF, icon: "✋" },
  },
  {
    path: "/rooms/:roomId/keys",
    element: <KeysPage />,
    nav: { label: "people.nav.keys", roles: STAFF, icon: "🔑" },
  },
  {
    path: "/rooms/:roomId/placements",
    element: <PlacementsPage />,
    nav: { label: "people.nav.placements", roles: STAFF, icon: "↗" },
  },
  {
    path: "/rooms/:roomId/allowances",
    element: <AllowancesPage />,
    nav: { label: "people.nav.allowances", roles: STAFF, icon: "¤" },
  },
  {
    path: "/rooms/:roomId/privacy",
    element: <PrivacyPage />,
    nav: { label: "people.nav.privacy", roles: ["cooperative"], icon: "🔒" },
  },
];
