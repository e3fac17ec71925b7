import { sql, type Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * The dashboard's counts, kept by the writes that move them (in their own transaction) instead of
 * recounted for every dashboard change. Filled once here from the rows as they are.
 */
export const dashboardCounts: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dashboard_counts')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
    const count = (table: string, where = sql`1 = 1`) => sql<number>`(select count(*) from ${sql.table(table)} where ${where})`;
    const rows = [
      { name: 'personas', count: count('personas') },
      { name: 'keyword_sets', count: count('keyword_sets') },
      { name: 'proxy_pools', count: count('proxy_pools') },
      ...['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED'].map((status) => ({
        name: `campaigns:${status}`,
        count: count('campaigns', sql`status = ${status}`),
      })),
      ...['UNKNOWN', 'HEALTHY', 'UNHEALTHY'].map((health) => ({
        name: `proxies:${health}`,
        count: count('proxies', sql`health_status = ${health}`),
      })),
    ];
    for (const row of rows) await db.insertInto('dashboard_counts').values(row).execute();
  },
});
