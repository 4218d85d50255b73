import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Role } from "../../domain/auth/roles";
import { api, TWO_FACTOR_REQUIRED_EVENT } from "./api";

export interface Me {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  rooms: string[];
  locale: string;
  /** The server requires a second factor and this account has none yet: only enrolment is open. */
  twoFactorRequired?: boolean;
  /** The second factor was changed (replaced, removed, reset) and the owner has not read that yet. */
  twoFactorChangedAt?: string | null;
}

export interface RoomSummary {
  id: string;
  name: string;
  city: string | null;
  variant: "light" | "full";
}

interface SessionState {
  me: Me | null;
  rooms: RoomSummary[];
  loading: boolean;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState>({
  me: null,
  rooms: [],
  loading: true,
  refresh: async () => {},
  logout: async () => {},
});

/** Listeners that must run at logout (the desk's offline queue is cleared there). */
const logoutHooks = new Set<() => void>();
export function onLogout(fn: () => void): () => void {
  logoutHooks.add(fn);
  return () => logoutHooks.delete(fn);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [rooms, setRooms] = useState<RoomSummary[]>([]);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const m = await api<Me>("/api/me");
      // Until the second factor is on, the server answers nothing else (403): no rooms to load.
      const r = m.twoFactorRequired ? { rooms: [] } : await api<{ rooms: RoomSummary[] }>("/api/rooms");
      setMe(m);
      setRooms(r.rooms);
    } catch {
      setMe(null);
      setRooms([]);
    } finally {
      setLoading(false);
    }
  }, []);

  const logout = useCallback(async () => {
    for (const fn of logoutHooks) fn();
    await api("/api/logout", { method: "POST" }).catch(() => {});
    setMe(null);
    setRooms([]);
  }, []);

  useEffect(() => {
    void refresh();
    const onUnauth = () => setMe(null);
    const onTwoFactorRequired = () => void refresh();
    window.addEventListener("buurtboek:unauthenticated", onUnauth);
    window.addEventListener(TWO_FACTOR_REQUIRED_EVENT, onTwoFactorRequired);
    return () => {
      window.removeEventListener("buurtboek:unauthenticated", onUnauth);
      window.removeEventListener(TWO_FACTOR_REQUIRED_EVENT, onTwoFactorRequired);
    };
  }, [refresh]);

  return (
    <SessionContext.Provider value={{ me, rooms, loading, refresh, logout }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession() {
  return useContext(SessionContext);
}
