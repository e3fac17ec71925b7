import type { Executor } from '../../db/database.js';
import type { CampaignStatus, HealthStatus } from '../../db/tables.js';

/** Counts for the dashboard, read across the console's tables in one place. */

export async function campaignsByStatus(db: Executor): Promise<Map<CampaignStatus, number>> {
  const rows = await db
    .selectFrom('campaigns')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

export async function proxiesByHealth(db: Executor): Promise<Map<HealthStatus, number>> {
  const rows = await db
    .selectFrom('proxies')
    .select((eb) => ['health_status', eb.fn.countAll<number>().as('count')])
    .groupBy('health_status')
    .execute();
  return new Map(rows.map((row) => [row.health_status, Number(row.count)]));
}

export async function totals(db: Executor) {
  const count = (table: 'personas' | 'keyword_sets' | 'proxy_pools') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.count));
  const [personas, keywordSets, proxyPools] = await Promise.all([
    count('personas'),
    count('keyword_sets'),
    count('proxy_pools'),
  ]);
  return { personas, keywordSets, proxyPools };
}
