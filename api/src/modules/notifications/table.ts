import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface NotificationTables {
  notifications: NotificationsTable;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  entity_type: string | null;
  entity_id: string | null;
  read_at: string | null;
  created_at: string;
  version: number;
}

export type NotificationRow = Selectable<NotificationsTable>;
