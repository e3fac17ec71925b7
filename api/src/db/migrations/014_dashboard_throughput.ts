import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * The workspace's throughput history: campaign results stored per 5-second interval, kept by the
 * writes that store them, in their transaction. A ring: `slot` is the interval's number modulo the
 * intervals kept, so the table never grows past slots x shards rows and nothing has to prune it; a
 * row whose `bucket` is older than the window is a lap behind and is ignored, then overwritten.
 * Sharded like the dashboard's counts, so concurrent PostgreSQL writers rarely meet on a row.
 */
export const dashboardThroughput: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dashboard_throughput')
      .addColumn('slot', 'integer', (c) => c.notNull())
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('bucket', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('dashboard_throughput_pkey', ['slot', 'shard'])
      .execute();
  },
});
