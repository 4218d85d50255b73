import { getCookie } from "hono/cookie";
import { authRepository } from "../../db/auth.repository";
import { deskSwitchRepository } from "../../db/desk-switch.repository";
import { PIN_PATTERN } from "../../domain/auth/desk-switch";
import { listUnlockedPeople } from "../../domain/auth/desk-switch-people";
import { switchWithPin } from "../../domain/auth/desk-switch-pin";
import { returnToDesk } from "../../domain/auth/desk-switch-return";
import { switchStatus } from "../../domain/auth/desk-switch-status";
import { unlockDesk } from "../../domain/auth/desk-switch-unlock";
import { CommonErrors } from "../../domain/shared/errors";
import {
  clearDeskCookie,
  clearSessionCookie,
  currentSessionId,
  DESK_COOKIE,
  deviceToken,
  existingDeviceToken,
  setDeskCookie,
  setSessionCookie,
} from "../auth";
import { clientAddress } from "../client-address";
import type { AppDeps } from "../deps";
import { ALL_ROLES, defineRoute, STAFF, z } from "../route";
import { loginDeps } from "./auth.routes";

function deps(app: AppDeps) {
  return { auth: authRepository(app.db), sessions: deskSwitchRepository(app.db), now: app.now };
}

function sessionId(c: Parameters<typeof currentSessionId>[0]): string {
  const id = currentSessionId(c);
  if (!id) throw CommonErrors.Unauthenticated();
  return id;
}

const pin = z.string().regex(PIN_PATTERN, "4 tot 6 cijfers");

/** Shared desk tablets (issue 8): unlock for today, switch with a PIN, back to the desk. */
export const deskSwitchRoutes = [
  defineRoute({
    method: "get",
    path: "/api/desk-switch/people",
    summary: "Wie is vandaag aangemeld op deze balie-tablet",
    roles: ["desk"],
    handler: async ({ deps: app, actor, c }) => ({
      people: await listUnlockedPeople(deps(app), { desk: actor!, deviceToken: existingDeviceToken(c) }),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/api/desk-switch/unlock",
    summary: "Op de balie-tablet inloggen voor vandaag (wachtwoord, code, pincode kiezen) en wisselen",
    roles: ["desk"],
    body: z.object({
      email: z.string().min(1).max(320),
      password: z.string().min(1).max(1000),
      code: z.string().max(10).optional(),
      pin,
    }),
    handler: async ({ deps: app, actor, body, c }) => {
      const d = deps(app);
      // The same rules, throttles and second factor as the login page.
      const login = loginDeps(app);
      const result = await unlockDesk(
        { ...d, login, twoFactor: app.twoFactor },
        {
          ...body,
          desk: actor!,
          deskSessionId: sessionId(c),
          deviceToken: deviceToken(c),
          address: clientAddress(c),
        },
      );
      setSessionCookie(c, result.sessionToken);
      setDeskCookie(c, result.deskToken);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/desk-switch/switch",
    // userId: a coordinator of this desk's room, checked by the switch itself (PIN).
    ids: { "body.userId": "unscoped" },
    summary: "Op de balie-tablet wisselen naar je eigen account met je pincode",
    roles: ["desk"],
    body: z.object({
      userId: z
        .number()
        .int()
        .positive()
        .max(2 ** 53),
      pin,
    }),
    handler: async ({ deps: app, actor, body, c }) => {
      const result = await switchWithPin(deps(app), {
        desk: actor!,
        deskSessionId: sessionId(c),
        deviceToken: existingDeviceToken(c),
        userId: body.userId,
        pin: body.pin,
      });
      setSessionCookie(c, result.sessionToken);
      setDeskCookie(c, result.deskToken);
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/desk-switch/return",
    summary: "Terug naar de balie (na wisselen op een balie-tablet)",
    roles: STAFF,
    body: z.object({ reason: z.enum(["button", "idle"]).optional() }).optional(),
    handler: async ({ deps: app, body, c }) => {
      const result = await returnToDesk(deps(app), {
        sessionId: sessionId(c),
        deskToken: getCookie(c, DESK_COOKIE),
        reason: body?.reason ?? "button",
      });
      if (result.deskToken) setSessionCookie(c, result.deskToken);
      else clearSessionCookie(c);
      clearDeskCookie(c);
      return { desk: result.deskToken !== null };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/desk-switch/status",
    summary: "Ben ik gewisseld op een balie-tablet, en als wie",
    roles: ALL_ROLES,
    handler: async ({ deps: app, c }) => switchStatus(deps(app), { sessionId: currentSessionId(c) }),
  }),
];
