import type { Executor } from '../../db/database.js';
import type { WebhookDeliveriesTable, WebhookDeliveryRow, WebhookRow } from './table.js';
import type { Insertable } from 'kysely';

export async function insertWebhook(db: Executor, row: WebhookRow): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

export function findWebhook(db: Executor, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listWebhooks(db: Executor, userId: string): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Changes the endpoint, moving its version; returns it as written (undefined when it was deleted). */
export async function updateWebhook(db: Executor, id: string, changes: Partial<Omit<WebhookRow, 'id' | 'version'>>): Promise<WebhookRow | undefined> {
  return db
    .updateTable('webhooks')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteWebhook(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}

/**
 * Takes or renews, in one statement, the lease of every enabled endpoint that is unleased, leased by
 * `owner`, or whose lease lapsed; returns their ids. Endpoints another instance holds are left alone
 * (on PostgreSQL a row another instance is taking is re-checked once its lock is released).
 */
export async function takeLeases(db: Executor, owner: string, now: string, until: string): Promise<string[]> {
  const rows = await db
    .updateTable('webhooks')
    .set({ lease_owner: owner, lease_until: until })
    .where('enabled', '=', 1)
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_owner', '=', owner), eb('lease_until', '<', now)]))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function releaseLeases(db: Executor, owner: string): Promise<void> {
  await db.updateTable('webhooks').set({ lease_owner: null, lease_until: null }).where('lease_owner', '=', owner).execute();
}

/**
 * Moves the cursor from `from` to `to`, only while this instance still holds the lease and the cursor
 * is still where its delivery started: a replay committed meanwhile wins over the delivery in flight.
 */
export async function advance(db: Executor, id: string, owner: string, move: { from: number; to: number }): Promise<boolean> {
  const result = await db
    .updateTable('webhooks')
    .set({ cursor: move.to, failing_since: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('cursor', '=', move.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function existingWebhookIds(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('webhooks').select('id').where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

/** Inserts the rows in one statement; returns them in the order given (serial ids ascend in row order). */
export async function insertDeliveries(db: Executor, rows: readonly Insertable<WebhookDeliveriesTable>[]): Promise<WebhookDeliveryRow[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('webhook_deliveries').values([...rows]).returningAll().execute();
  return inserted.sort((a, b) => Number(a.id) - Number(b.id));
}

export function listDeliveries(db: Executor, webhookId: string, limit: number, offset: number): Promise<WebhookDeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', webhookId)
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Deletes all but the newest `keep` attempts of every endpoint's log; returns how many went. */
export async function trimDeliveryLogs(db: Executor, keep: number): Promise<number> {
  const result = await db
    .deleteFrom('webhook_deliveries')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom((inner) =>
          inner
            .selectFrom('webhook_deliveries')
            .select((ranked) => ['id', ranked.fn.agg<number>('row_number').over((over) => over.partitionBy('webhook_id').orderBy('id', 'desc')).as('newer')])
            .as('ranked'),
        )
        .select('ranked.id')
        .where('ranked.newer', '>', keep),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
