import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { NotificationRow } from './table.js';

export async function insertNotification(db: Executor, row: NotificationRow): Promise<void> {
  await db.insertInto('notifications').values(row).execute();
}

export async function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listNotifications(
  db: Executor,
  userId: string,
  page: PageRequest,
  unreadOnly: boolean,
): Promise<NotificationRow[]> {
  const query = db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .$if(unreadOnly, (qb) => qb.where('read_at', 'is', null));
  return newestFirst(query, page, 'created_at', 'id').execute();
}

/**
 * Changes one notification while it is unread (and only at `version`, when given), in one statement: a
 * mark-read or a refresh with new words. The version it made, or undefined when it was read already or
 * had moved on (a write that committed first).
 */
export async function changeWhileUnread(
  db: Executor,
  id: string,
  fields: { read_at: string } | { title: string; body: string; created_at: string },
  version?: number,
): Promise<number | undefined> {
  const row = await db
    .updateTable('notifications')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .$if(version !== undefined, (query) => query.where('version', '=', version!))
    .returning('version')
    .executeTakeFirst();
  return row && Number(row.version);
}

/** Marks every unread notification of a user read; returns the ids it changed. */
export async function markAllRead(db: Executor, userId: string, at: string): Promise<string[]> {
  const rows = await db
    .updateTable('notifications')
    .set((eb) => ({ read_at: at, version: eb('version', '+', 1) }))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const { count } = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function findUnreadAbout(db: Executor, userId: string, kind: string, entityId: string): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('entity_id', '=', entityId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
}
