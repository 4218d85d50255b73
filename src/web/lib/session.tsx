import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Role } from "../../domain/auth/roles";
import { api } from "./api";

export interface Me {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  rooms: string[];
  locale: string;
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
      const r = await api<{ rooms: RoomSummary[] }>("/api/rooms");
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
    window.addEventListener("buurtboek:unauthenticated", onUnauth);
    return () => window.removeEventListener("buurtboek:unauthenticated", onUnauth);
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
