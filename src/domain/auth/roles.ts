/** Account roles (issue 2): what each kind of user may see and do. */
export const ROLES = ["desk", "coordinator", "cooperative", "board", "funder"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The signed-in user as every use case sees it. */
export interface Actor {
  userId: number;
  role: Role;
  /** Rooms this user may see; ignored for `cooperative`, which sees every room. */
  rooms: string[];
  funderId: number | null;
}

export function canSeeRoom(actor: Actor, roomId: string): boolean {
  return actor.role === "cooperative" || actor.rooms.includes(roomId);
}
