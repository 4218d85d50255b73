import type { Role } from "./roles";

export interface UserRecord {
  id: number;
  email: string;
  name: string | null;
  passwordHash: string;
  role: Role;
  funderId: number | null;
  locale: string;
  disabled: boolean;
  rooms: string[];
  /** True when a second factor (TOTP) is enrolled; read with the user, so a request needs no extra query. */
  twoFactor?: boolean;
}

export interface SessionRecord {
  userId: number;
  createdAt: Date;
  lastSeen: Date;
  expiresAt: Date;
}

/** What the auth use cases need from storage. */
export interface AuthRepository {
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: number): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  createUser(input: Omit<UserRecord, "id" | "disabled" | "locale"> & { locale?: string }): Promise<number>;
  roomsExist(roomIds: string[]): Promise<string[]>;
  createSession(id: string, userId: number, expiresAt: Date): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;
  touchSession(id: string, lastSeen: Date): Promise<void>;
  deleteSession(id: string): Promise<void>;
  audit(entry: {
    userId: number | null;
    action: string;
    roomId?: string;
    personId?: number;
    details?: unknown;
  }): Promise<void>;
}
