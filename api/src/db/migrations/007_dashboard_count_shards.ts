import { sql, type Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * Each dashboard count split over shards, so concurrent PostgreSQL writers that move the same count
 * (every persona create moves `personas`) update different rows instead of queueing on one row's
 * lock until commit. A count is the sum of its shards; the existing totals move to shard 0.
 */
export const dashboardCountShards: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dashboard_count_shards')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('dashboard_count_shards_pkey', ['name', 'shard'])
      .execute();
    await sql`insert into dashboard_count_shards (name, shard, count) select name, 0, count from dashboard_counts`.execute(db);
    await db.schema.dropTable('dashboard_counts').execute();
  },
});
