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
