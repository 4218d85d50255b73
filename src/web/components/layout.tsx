import { NavLink, Outlet, useLocation, useNavigate, useParams } from "react-router";
import { useI18n } from "../i18n/index";
import { useSession } from "../lib/session";
import { pages } from "../routes/pages";

/** The frame around every signed-in page: room switcher, menu for the role, language, logout. */
export function Layout() {
  const { me, rooms, logout } = useSession();
  const { t, locale, setLocale } = useI18n();
  const { roomId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me) return null;
  const current = roomId ?? rooms[0]?.id;
  const nav = pages.filter((p) => p.nav?.roles.includes(me.role));

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
        <button
          type="button"
          className="ghost"
          onClick={() => setLocale(locale === "nl" ? "en" : "nl")}
          // The visible word starts the accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
          aria-label={`${locale === "nl" ? "English" : "Nederlands"} (${t("nav.language")})`}
        >
          {locale === "nl" ? "English" : "Nederlands"}
        </button>
        <span className="muted small who">{t(`role.${me.role}`)}</span>
        <button type="button" className="ghost" onClick={() => void logout().then(() => navigate("/login"))}>
          {t("nav.logout")}
        </button>
      </header>
      {current && nav.length > 0 && (
        <nav className="mainnav" aria-label={t("nav.menu")}>
          {nav.map((p) => (
            <NavLink key={p.path} to={p.path.replace(":roomId", current)} end>
              {p.nav?.icon && <span aria-hidden="true">{p.nav.icon} </span>}
              {t(p.nav?.label ?? "")}
            </NavLink>
          ))}
        </nav>
      )}
      <main className="content">
        {rooms.length === 0 && me.role !== "cooperative" ? <p>{t("rooms.none")}</p> : <Outlet />}
      </main>
    </div>
  );
}
