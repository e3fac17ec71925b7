import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ApiKeyRow, ApiKeyUsageRow } from './table.js';
import type { UserRow } from '../accounts/table.js';

export async function insertApiKey(db: Executor, key: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(key).execute();
}

export function findApiKey(db: Executor, id: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listApiKeys(db: Executor, userId: string): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** A live key with its owner's current role and row version (which orders role changes). */
export type LiveApiKeyRow = ApiKeyRow & { role: UserRow['role']; user_version: number };

/** Keys that are neither revoked nor expired at `now`, of owners not removed. */
function liveKeys(db: Executor, now: string) {
  return db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .selectAll('api_keys')
    .select(['users.role', 'users.version as user_version'])
    .where('api_keys.revoked_at', 'is', null)
    .where('users.removed_at', 'is', null)
    .where((eb) => eb.or([eb('api_keys.expires_at', 'is', null), eb('api_keys.expires_at', '>', now)]));
}

export function findLiveApiKey(db: Executor, secretHash: string, now: string): Promise<LiveApiKeyRow | undefined> {
  return liveKeys(db, now).where('api_keys.secret_hash', '=', secretHash).executeTakeFirst();
}

export function findLiveApiKeyById(db: Executor, id: string, now: string): Promise<LiveApiKeyRow | undefined> {
  return liveKeys(db, now).where('api_keys.id', '=', id).executeTakeFirst();
}

/** Every key of a user not yet revoked (expired ones too: revoking them costs nothing and ends any doubt). */
export function unrevokedKeysOf(db: Executor, userId: string): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** Revokes the key if it still is live, and returns it as revoked; undefined when it already was (here or by a write that raced this one). */
export async function revokeApiKey(db: Executor, id: string, at: string): Promise<ApiKeyRow | undefined> {
  return db
    .updateTable('api_keys')
    .set((eb) => ({ revoked_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function touchApiKey(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at)]))
    .execute();
}

/** Adds one instance's counts for a key and minute to what other instances added. */
export async function addUsage(db: Executor, usage: ApiKeyUsageRow): Promise<void> {
  await db
    .insertInto('api_key_usage')
    .values(usage)
    .onConflict((oc) =>
      oc.columns(['api_key_id', 'minute']).doUpdateSet({
        requests: sql`api_key_usage.requests + excluded.requests`,
        subscriptions: sql`api_key_usage.subscriptions + excluded.subscriptions`,
        deliveries: sql`api_key_usage.deliveries + excluded.deliveries`,
        bytes: sql`api_key_usage.bytes + excluded.bytes`,
        cut_offs: sql`api_key_usage.cut_offs + excluded.cut_offs`,
      }),
    )
    .execute();
}

export function usageSince(db: Executor, apiKeyId: string, since: string): Promise<ApiKeyUsageRow[]> {
  return db.selectFrom('api_key_usage').selectAll().where('api_key_id', '=', apiKeyId).where('minute', '>=', since).orderBy('minute').execute();
}

export async function usageTotals(db: Executor, apiKeyId: string): Promise<Omit<ApiKeyUsageRow, 'api_key_id' | 'minute'>> {
  const row = await db
    .selectFrom('api_key_usage')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('requests'), sql<number>`0`).as('requests'),
      eb.fn.coalesce(eb.fn.sum<number>('subscriptions'), sql<number>`0`).as('subscriptions'),
      eb.fn.coalesce(eb.fn.sum<number>('deliveries'), sql<number>`0`).as('deliveries'),
      eb.fn.coalesce(eb.fn.sum<number>('bytes'), sql<number>`0`).as('bytes'),
      eb.fn.coalesce(eb.fn.sum<number>('cut_offs'), sql<number>`0`).as('cut_offs'),
    ])
    .where('api_key_id', '=', apiKeyId)
    .executeTakeFirstOrThrow();
  return {
    requests: Number(row.requests),
    subscriptions: Number(row.subscriptions),
    deliveries: Number(row.deliveries),
    bytes: Number(row.bytes),
    cut_offs: Number(row.cut_offs),
  };
}

export async function ownersOf(db: Executor, ids: readonly string[]): Promise<Array<{ id: string; user_id: string }>> {
  if (ids.length === 0) return [];
  return db.selectFrom('api_keys').select(['id', 'user_id']).where('id', 'in', ids).execute();
}
