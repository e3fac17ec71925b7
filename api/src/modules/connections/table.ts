import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface ConnectionTables {
  connections: ConnectionsTable;
}

export interface ConnectionsTable {
  id: string;
  requester_id: string;
  addressee_id: string;
  /** The two user ids sorted and joined, unique: one request or connection per pair. */
  pair_key: string;
  status: 'PENDING' | 'ACCEPTED';
  created_at: string;
  accepted_at: string | null;
  version: number;
}

export type ConnectionRow = Selectable<ConnectionsTable>;
