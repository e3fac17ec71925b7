import type { Selectable } from 'kysely';
import type { Role } from '../accounts/table.js';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface MemberTables {
  invitations: InvitationsTable;
}

/** An ADMIN's invitation to join as `role`: its token is stored hashed, used once, before `expires_at`. */
export interface InvitationsTable {
  id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
  version: number;
}

export type InvitationRow = Selectable<InvitationsTable>;
