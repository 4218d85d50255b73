import type { ReactElement } from "react";
import type { Role } from "../../domain/auth/roles";
import { OrganisationPage } from "./organisation";
import { RoomPage } from "./room";

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
];

/** Where a user lands after login. Contexts may register a better start page per role. */
export const homeByRole: Partial<Record<Role, string>> = {};
