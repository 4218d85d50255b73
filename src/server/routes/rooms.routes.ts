import { roomsRepository } from "../../db/rooms.repository";
import { getRoom } from "../../domain/rooms/get-room";
import { listRooms } from "../../domain/rooms/list-rooms";
import { ALL_ROLES, defineRoute } from "../route";

export const roomsRoutes = [
  defineRoute({
    method: "get",
    path: "/api/rooms",
    summary: "De kamers die deze gebruiker mag zien",
    roles: ALL_ROLES,
    handler: async ({ deps, actor }) => ({
      rooms: await listRooms({ rooms: roomsRepository(deps.db) }, actor!),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/rooms/:roomId",
    summary: "Een kamer met haar activiteiten",
    roles: ALL_ROLES,
    handler: async ({ deps, params }) => getRoom({ rooms: roomsRepository(deps.db) }, params.roomId),
  }),
];
