import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: Role;
  /** When the user's last socket closed (after the presence grace); not a change, it rides presence. */
  last_seen_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** Set when an ADMIN removed the member: the row stays for what they wrote, they can no longer sign in. */
  removed_at: string | null;
}

/** What a member may do: ADMIN everything, MEMBER the console, VIEWER read it (see capabilities.ts). */
export type Role = 'ADMIN' | 'MEMBER' | 'VIEWER';

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
