import { Navigate, Route, Routes, useLocation } from "react-router";
import { Layout } from "./components/layout";
import { useI18n } from "./i18n/index";
import { useSession } from "./lib/session";
import { LoginPage } from "./routes/login";
import { homeByRole, pages } from "./routes/pages";
import { TWO_FACTOR_PATH, TwoFactorPage } from "./routes/security/two-factor";
import { TwoFactorChangedNotice } from "./routes/security/two-factor-changed";

function RequireLogin({ children }: { children: React.ReactElement }) {
  const { me, loading } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (loading) return <p className="content">{t("common.loading")}</p>;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // First of all: tell the owner their second factor changed (someone else may have done it).
  if (me.twoFactorChangedAt) return <TwoFactorChangedNotice at={me.twoFactorChangedAt} />;
  // The server requires a second factor first (docs/SECURITY.md): nothing else until it is on.
  if (me.twoFactorRequired && location.pathname !== TWO_FACTOR_PATH)
    return <Navigate to={TWO_FACTOR_PATH} replace />;
  return children;
}

function Home() {
  const { me, rooms } = useSession();
  const room = rooms[0]?.id;
  if (!me) return <Navigate to="/login" replace />;
  const home = homeByRole[me.role];
  if (!room) return <Navigate to="/welcome" replace />;
  return <Navigate to={(home ?? "/rooms/:roomId").replace(":roomId", room)} replace />;
}

function NotFound() {
  const { t } = useI18n();
  return <h1>{t("notFound.title")}</h1>;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireLogin>
            <Layout />
          </RequireLogin>
        }
      >
        <Route index element={<Home />} />
        <Route path="/welcome" element={<p />} />
        <Route path={TWO_FACTOR_PATH} element={<TwoFactorPage />} />
        {pages.map((p) => (
          <Route key={p.path} path={p.path} element={p.element} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
