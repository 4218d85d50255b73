import type { RouteDef } from "../route";
import { authRoutes } from "./auth.routes";
import { deskRoutes } from "./desk.routes";
import { deskSwitchRoutes } from "./desk-switch.routes";
import { documentsRoutes } from "./documents.routes";
import { financeRoutes } from "./finance.routes";
import { importRoutes } from "./import.routes";
import { indicatorsRoutes } from "./indicators.routes";
import { organisationRoutes } from "./organisation.routes";
import { peopleAreaRoutes } from "./people.routes";
import { planningRoutes } from "./planning.routes";
import { referralsRoutes } from "./referrals.routes";
import { roomsRoutes } from "./rooms.routes";
import { securityRoutes } from "./security.routes";
import { surveysRoutes } from "./surveys.routes";

/** Every API route. A context adds its `*.routes.ts` here; /api/openapi.json is generated from this list. */
export const apiRoutes: RouteDef[] = [
  ...authRoutes,
  ...roomsRoutes,
  ...deskRoutes,
  ...deskSwitchRoutes,
  ...organisationRoutes,
  ...referralsRoutes,
  ...indicatorsRoutes,
  ...surveysRoutes,
  ...financeRoutes,
  ...importRoutes,
  ...peopleAreaRoutes,
  ...documentsRoutes,
  ...planningRoutes,
  ...securityRoutes,
];
