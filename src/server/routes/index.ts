import type { RouteDef } from "../route";
import { authRoutes } from "./auth.routes";
import { referralsRoutes } from "./referrals.routes";
import { roomsRoutes } from "./rooms.routes";

/** Every API route. A context adds its `*.routes.ts` here; /api/openapi.json is generated from this list. */
export const apiRoutes: RouteDef[] = [...authRoutes, ...roomsRoutes, ...referralsRoutes];
