import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** The dashboard's counts, by name: each the sum of its shards. */
export async function readCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('dashboard_count_shards')
    .select(['name', sql<number>`sum(count)`.as('count')])
    .groupBy('name')
    .execute();
  return new Map(rows.map((row) => [row.name, Number(row.count)]));
}

/** Moves one shard of a count (created on first use). */
export async function addToCount(db: Executor, name: string, shard: number, delta: number): Promise<void> {
  await db
    .insertInto('dashboard_count_shards')
    .values({ name, shard, count: delta })
    .onConflict((oc) => oc.columns(['name', 'shard']).doUpdateSet((eb) => ({ count: eb('dashboard_count_shards.count', '+', eb.ref('excluded.count')) })))
    .execute();
}

/**
 * Adds `count` to an interval's shard of the throughput ring: a slot still holding an older interval
 * (a lap behind) starts again from `count`; a write for an interval older than the slot's is dropped.
 */
export async function addToThroughput(db: Executor, slot: number, shard: number, bucket: number, count: number): Promise<void> {
  await db
    .insertInto('dashboard_throughput')
    .values({ slot, shard, bucket, count })
    .onConflict((oc) =>
      oc.columns(['slot', 'shard']).doUpdateSet({
        count: sql<number>`case when dashboard_throughput.bucket = excluded.bucket then dashboard_throughput.count + excluded.count when dashboard_throughput.bucket < excluded.bucket then excluded.count else dashboard_throughput.count end`,
        bucket: sql<number>`case when dashboard_throughput.bucket < excluded.bucket then excluded.bucket else dashboard_throughput.bucket end`,
      }),
    )
    .execute();
}

/** Results stored per interval from interval `since` on, oldest first; intervals without any are absent. */
export async function readThroughput(db: Executor, since: number): Promise<Array<{ bucket: number; count: number }>> {
  const rows = await db
    .selectFrom('dashboard_throughput')
    .select(['bucket', sql<number>`sum(count)`.as('count')])
    .where('bucket', '>=', since)
    .groupBy('bucket')
    .orderBy('bucket')
    .execute();
  return rows.map((row) => ({ bucket: Number(row.bucket), count: Number(row.count) }));
}
