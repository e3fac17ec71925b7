import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { Executor } from '../../db/database.js';
import type { PageRequest } from '../../db/pagination.js';
import type { DB } from '../../db/tables.js';
import type { NotificationRow } from './table.js';
import { NotFound } from '../../errors.js';
import { touchCounts } from '../counts/touch.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export type NotificationKind =
  | 'CAMPAIGN_FINISHED'
  | 'CONNECTION_REQUEST'
  | 'CONNECTION_ACCEPTED'
  | 'NEW_MESSAGE'
  | 'NEW_COMMENT'
  | 'WEBHOOK_DISABLED';

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  entityType?: string;
  entityId?: string;
}

/** Who may read a notification: only the user it is for. */
const audienceOf = (row: Pick<NotificationRow, 'user_id'>) => [row.user_id];

/** Writes a notification inside the caller's transaction; only its recipient receives the change. */
export async function notify(trx: Transaction<DB>, emit: Emit, draft: NotificationDraft): Promise<NotificationRow> {
  const row: NotificationRow = {
    id: randomUUID(),
    user_id: draft.userId,
    kind: draft.kind,
    title: draft.title,
    body: draft.body ?? '',
    entity_type: draft.entityType ?? null,
    entity_id: draft.entityId ?? null,
    read_at: null,
    created_at: new Date().toISOString(),
    version: 1,
  };
  await repo.insertNotification(trx, row);
  emit({ topic: 'NOTIFICATION', op: 'CREATED', entityId: row.id, version: 1, audience: audienceOf(row) });
  touchCounts(emit, [row.user_id]);
  return row;
}

/**
 * A notification that stays one while unread (say, new messages in a chat): an unread one of the
 * same kind about the same entity is refreshed with `refreshed`; otherwise `draft` is written.
 */
export async function notifyOrRefresh(
  trx: Transaction<DB>,
  emit: Emit,
  draft: NotificationDraft & { entityId: string },
  refreshed: { title: string; body: string },
): Promise<void> {
  const existing = await repo.findUnreadAbout(trx, draft.userId, draft.kind, draft.entityId);
  // Read meanwhile (a mark that committed first): then a new one, as if none had been unread.
  const version = existing && (await repo.changeWhileUnread(trx, existing.id, { ...refreshed, created_at: new Date().toISOString() }));
  if (!existing || version === undefined) {
    await notify(trx, emit, draft);
    return;
  }
  emit({ topic: 'NOTIFICATION', op: 'UPDATED', entityId: existing.id, version, audience: audienceOf(existing) });
}

/** Marks read the user's unread notification of `kind` about `entityId`, if there is one. */
export async function markReadAbout(trx: Transaction<DB>, emit: Emit, userId: string, kind: NotificationKind, entityId: string): Promise<void> {
  const unread = await repo.findUnreadAbout(trx, userId, kind, entityId);
  // Only as the caller saw it: a refresh that committed meanwhile is about something not read yet.
  const version = unread && (await repo.changeWhileUnread(trx, unread.id, { read_at: new Date().toISOString() }, unread.version));
  if (!unread || version === undefined) return;
  emit({ topic: 'NOTIFICATION', op: 'UPDATED', entityId: unread.id, version, audience: audienceOf(unread) });
  touchCounts(emit, [userId]);
}

export function listNotifications(services: WriteParts, viewer: Viewer, page: PageRequest, unreadOnly: boolean) {
  return repo.listNotifications(services.database.db, viewer.id, page, unreadOnly);
}

/** For change delivery: the stream has already limited the change to the recipient. */
export function loadNotification(services: WriteParts, id: string) {
  return repo.findNotification(services.database.db, id);
}

export async function markNotificationRead(services: WriteParts, viewer: Viewer, id: string): Promise<NotificationRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findNotification(trx, id);
    // Someone else's notification is reported as missing, so ids reveal nothing.
    if (!current || current.user_id !== viewer.id) throw new NotFound('Notification', id);
    if (current.read_at) return current;
    const readAt = new Date().toISOString();
    // Of two marks at once, the second finds it read and changes nothing.
    const version = await repo.changeWhileUnread(trx, id, { read_at: readAt });
    if (version === undefined) return (await repo.findNotification(trx, id))!;
    emit({ topic: 'NOTIFICATION', op: 'UPDATED', entityId: id, version, audience: audienceOf(current) });
    touchCounts(emit, [viewer.id]);
    return { ...current, read_at: readAt, version };
  });
}

export async function markAllNotificationsRead(services: WriteParts, viewer: Viewer): Promise<number> {
  return commitWithChanges(services, async (trx, emit) => {
    const ids = await repo.markAllRead(trx, viewer.id, new Date().toISOString());
    for (const id of ids) emit({ topic: 'NOTIFICATION', op: 'UPDATED', entityId: id, audience: [viewer.id] });
    if (ids.length > 0) touchCounts(emit, [viewer.id]);
    return ids.length;
  });
}

export function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  return repo.countUnread(db, userId);
}

export const NOTIFICATION = declareEntity({ typeName: 'Notification', table: 'notifications', load: loadNotification });
