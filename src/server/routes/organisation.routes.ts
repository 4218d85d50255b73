import { authRepository } from "../../db/auth.repository";
import { roomsRepository } from "../../db/rooms.repository";
import { securityRepository } from "../../db/security.repository";
import { usersRepository } from "../../db/users.repository";
import { ACTIVITY_TYPES } from "../../domain/activities/activity-types";
import { addUser } from "../../domain/auth/add-user";
import { changeUser } from "../../domain/auth/change-user";
import { listUsers } from "../../domain/auth/list-users";
import { ROLES } from "../../domain/auth/roles";
import { UserErrors } from "../../domain/auth/users.errors";
import { addActivity } from "../../domain/rooms/add-activity";
import { saveRoom } from "../../domain/rooms/save-room";
import { setActivityActive } from "../../domain/rooms/set-activity-active";
import { setActivityForChildren } from "../../domain/rooms/set-activity-for-children";
import { confirmIdentity } from "../../domain/security/confirm-identity";
import { defineRoute, STAFF, z } from "../route";
import { confirmDeps } from "./security.routes";

const roomBody = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,32}$/, "kleine letters, cijfers, - of _ (hoogstens 32)"),
  name: z.string().trim().min(1).max(200),
  city: z.string().max(100).nullable().default(null),
  neighbourhood: z.string().max(200).nullable().default(null),
  association: z.string().max(200).nullable().default(null),
  variant: z.enum(["light", "full"]),
  opened: z.iso.date().nullable().default(null),
});

export const organisationRoutes = [
  defineRoute({
    method: "post",
    path: "/api/rooms",
    // id: the new room's own id.
    ids: { "body.id": "unscoped" },
    summary: "Een kamer toevoegen of wijzigen",
    roles: ["cooperative"],
    body: roomBody,
    handler: async ({ deps, body }) => saveRoom({ rooms: roomsRepository(deps.db) }, body),
  }),
  defineRoute({
    method: "post",
    path: "/api/rooms/:roomId/activities",
    summary: "Een activiteit toevoegen aan een kamer",
    roles: STAFF,
    status: 201,
    body: z.object({ type: z.enum(ACTIVITY_TYPES), name: z.string().trim().min(1).max(120) }),
    handler: async ({ deps, body, params }) => ({
      id: await addActivity({ rooms: roomsRepository(deps.db) }, { roomId: params.roomId, ...body }),
    }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/rooms/:roomId/activities/:activityId",
    ids: { "path.activityId": "activity" },
    summary: "Een activiteit stoppen of weer starten, of markeren als activiteit voor kinderen",
    roles: STAFF,
    body: z.object({ active: z.boolean().optional(), forChildren: z.boolean().optional() }),
    handler: async ({ deps, body, params }) => {
      const id = Number(params.activityId);
      const target = { roomId: params.roomId, activityId: Number.isSafeInteger(id) ? id : -1 };
      const rooms = { rooms: roomsRepository(deps.db) };
      if (body.active !== undefined) await setActivityActive(rooms, { ...target, active: body.active });
      if (body.forChildren !== undefined)
        await setActivityForChildren(rooms, { ...target, forChildren: body.forChildren });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/users",
    summary: "Alle accounts",
    roles: ["cooperative"],
    handler: async ({ deps }) => {
      const users = await listUsers({ auth: authRepository(deps.db) });
      const enrolled = new Set(await securityRepository(deps.db).enrolledUserIds());
      return { users: users.map((u) => ({ ...u, twoFactor: enrolled.has(u.id) })) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/users",
    summary: "Een account maken",
    roles: ["cooperative"],
    status: 201,
    body: z.object({
      email: z.email().max(320),
      name: z.string().max(200).optional(),
      password: z.string().min(10).max(200),
      role: z.enum(ROLES),
      rooms: z.array(z.string().max(32)).max(500).default([]),
    }),
    handler: async ({ deps, actor, body }) => ({
      id: await addUser({ auth: authRepository(deps.db) }, body, actor!.userId),
    }),
  }),
  defineRoute({
    method: "patch",
    path: "/api/users/:id",
    // id: an account; only the cooperative edits accounts.
    ids: { "path.id": "unscoped" },
    summary:
      "Een account wijzigen: rol, kamers, uitzetten, tweestapsverificatie uit (sessies van dat account stoppen)",
    roles: ["cooperative"],
    body: z
      .object({
        role: z.enum(ROLES).optional(),
        rooms: z.array(z.string().max(32)).max(500).optional(),
        disabled: z.boolean().optional(),
        resetTwoFactor: z.boolean().optional(),
        /** With resetTwoFactor: the cooperative's own password and (when it has one) code. */
        confirmPassword: z.string().max(1000).optional(),
        confirmCode: z.string().max(10).optional(),
      })
      .strict(),
    handler: async ({ deps, actor, body, params }) => {
      const id = Number(params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw UserErrors.NotFound();
      const { confirmPassword, confirmCode, ...change } = body;
      // Outside the change's transaction, so a refused try stays in the audit log and the throttle.
      if (change.resetTwoFactor)
        await confirmIdentity(
          confirmDeps(deps),
          actor!.userId,
          { password: confirmPassword, code: confirmCode },
          "totp_reset",
        );
      const user = await deps.db.tx((tx) =>
        changeUser(
          {
            auth: authRepository(tx),
            users: usersRepository(tx),
            twoFactor: securityRepository(tx),
            now: deps.now,
          },
          actor!,
          id,
          change,
        ),
      );
      return { user };
    },
  }),
];
