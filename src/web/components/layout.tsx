import { useState } from "react";
import { NavLink, Outlet, useLocation, useNavigate, useParams } from "react-router";
import { useI18n } from "../i18n/index";
import { useSession } from "../lib/session";
import { DeskSwitchButton, SwitchedBar } from "../routes/desk/switch";
import { type PageDef, pages } from "../routes/pages";
import { TwoFactorBanner } from "../routes/security/two-factor-banner";
import { FLAT_MENU_MAX, groupOf, NAV_GROUPS, OTHER_GROUP } from "./nav-groups";

/** The frame around every signed-in page: room switcher, menu for the role, language, logout. */
export function Layout() {
  const { me, rooms, logout, refresh } = useSession();
  const { t, locale, setLocale } = useI18n();
  const { roomId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me) return null;
  const current = roomId ?? rooms[0]?.id;
  const nav = pages.filter((p) => p.nav?.roles.includes(me.role));

  const languageButton = (
    <button
      type="button"
      className="ghost"
      onClick={() => setLocale(locale === "nl" ? "en" : "nl")}
      // The visible word starts the accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
      aria-label={`${locale === "nl" ? "English" : "Nederlands"} (${t("nav.language")})`}
    >
      {locale === "nl" ? "English" : "Nederlands"}
    </button>
  );
  const logoutButton = (
    <button
      type="button"
      className="ghost"
      // After a switch on a desk tablet, logging out leaves the desk signed in: load who is left.
      onClick={() =>
        void logout()
          .then(refresh)
          .then(() => navigate("/login"))
      }
    >
      {t("nav.logout")}
    </button>
  );

  // A second factor is required and not on yet: only the enrolment page, and a way out.
  if (me.twoFactorRequired) {
    return (
      <div className="app">
        <header className="topbar">
          <span className="brand">
            <span aria-hidden="true">⌂</span> {t("app.name")}
          </span>
          <span className="spacer" />
          {languageButton}
          <span className="muted small who">{t(`role.${me.role}`)}</span>
          {logoutButton}
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    );
  }

  function switchRoom(id: string) {
    // Stay on the same screen, in the other room.
    const rest = roomId ? location.pathname.replace(`/rooms/${roomId}`, "") : "";
    void navigate(`/rooms/${id}${rest}`);
  }

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">
          <span aria-hidden="true">⌂</span> {t("app.name")}
        </span>
        {rooms.length > 0 && (
          <label className="room-switcher">
            <span className="sr-only">{t("nav.room")}</span>
            <select value={current} onChange={(e) => switchRoom(e.target.value)} aria-label={t("nav.room")}>
              {rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="spacer" />
        {current && <DeskSwitchButton roomId={current} />}
        {languageButton}
        <span className="muted small who">{t(`role.${me.role}`)}</span>
        {logoutButton}
      </header>
      <SwitchedBar />
      {current && nav.length > 0 && <Menu items={nav} roomId={current} activePath={location.pathname} />}
      <main className="content">
        <TwoFactorBanner roomId={current} />
        {rooms.length === 0 && me.role !== "cooperative" ? <p>{t("rooms.none")}</p> : <Outlet />}
      </main>
    </div>
  );
}

function MenuLink({ page, roomId }: { page: PageDef; roomId: string }) {
  const { t } = useI18n();
  return (
    <NavLink to={page.path.replace(":roomId", roomId)} end>
      {page.nav?.icon && <span aria-hidden="true">{page.nav.icon} </span>}
      {t(page.nav?.label ?? "")}
    </NavLink>
  );
}

/** The menu: one row for short menus (the desk), else groups with the current group's pages below. */
function Menu({ items, roomId, activePath }: { items: PageDef[]; roomId: string; activePath: string }) {
  const { t } = useI18n();
  // The page shown, or the menu page whose path is the longest prefix of it (a referral's detail
  // page opens the referrals group).
  const activePage = items
    .filter((p) => {
      const path = p.path.replace(":roomId", roomId);
      return activePath === path || activePath.startsWith(`${path}/`);
    })
    .sort((a, b) => b.path.length - a.path.length)[0];
  const [chosen, setChosen] = useState<string>();
  if (items.length <= FLAT_MENU_MAX) {
    return (
      <nav className="mainnav" aria-label={t("nav.menu")}>
        {items.map((p) => (
          <MenuLink key={p.path} page={p} roomId={roomId} />
        ))}
      </nav>
    );
  }
  const groups = [...NAV_GROUPS, OTHER_GROUP].filter((g) =>
    items.some((p) => groupOf(p.nav?.label ?? "") === g.id),
  );
  const open = chosen ?? (activePage ? groupOf(activePage.nav?.label ?? "") : groups[0]?.id);
  return (
    <nav className="mainnav grouped" aria-label={t("nav.menu")}>
      <div className="navgroups" role="tablist">
        {groups.map((g) => (
          <button
            key={g.id}
            type="button"
            role="tab"
            aria-selected={g.id === open}
            className={g.id === open ? "active" : ""}
            onClick={() => setChosen(g.id)}
          >
            {t(g.label)}
          </button>
        ))}
      </div>
      <div className="navitems">
        {items
          .filter((p) => groupOf(p.nav?.label ?? "") === open)
          .map((p) => (
            <MenuLink key={p.path} page={p} roomId={roomId} />
          ))}
      </div>
    </nav>
  );
}
