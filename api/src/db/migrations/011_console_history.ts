import { sql, type Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';
import { withSerialKey } from './columns.js';

/**
 * What the console's charts read: each proxy's recent health checks (the health checker keeps the
 * last few per proxy), and the dashboard's count of campaign results per status, started from the
 * results already stored.
 */
export const consoleHistory: DialectMigration = (dialect) => ({
  async up(db: Kysely<any>) {
    await withSerialKey(dialect, db.schema.createTable('proxy_health_samples'), 'id')
      .addColumn('proxy_id', 'text', (c) => c.notNull().references('proxies.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('latency_ms', 'integer')
      .addColumn('error', 'text')
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('proxy_health_samples_by_proxy').on('proxy_health_samples').columns(['proxy_id', 'id']).execute();
    await sql`insert into dashboard_count_shards (name, shard, count)
      select 'results:' || status, 0, count(*) from campaign_results group by status`.execute(db);
  },
});
