import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

export const operations: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('proxy_pools')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('proxy_pools_by_created').on('proxy_pools').columns(['created_at', 'id']).execute();

    await db.schema
      .createTable('proxies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('protocol', 'text', (c) => c.notNull())
      .addColumn('host', 'text', (c) => c.notNull())
      .addColumn('port', 'integer', (c) => c.notNull())
      .addColumn('username', 'text')
      .addColumn('password', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('pool_id', 'text', (c) => c.references('proxy_pools.id').onDelete('set null'))
      .addColumn('health_status', 'text', (c) => c.notNull().defaultTo('UNKNOWN'))
      .addColumn('health_latency_ms', 'integer')
      .addColumn('health_checked_at', 'text')
      .addColumn('health_error', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('proxies_by_created').on('proxies').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('proxies_by_pool').on('proxies').column('pool_id').execute();

    await db.schema
      .createTable('campaigns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('persona_id', 'text', (c) => c.references('personas.id').onDelete('set null'))
      .addColumn('keyword_set_id', 'text', (c) => c.references('keyword_sets.id').onDelete('set null'))
      .addColumn('proxy_pool_id', 'text', (c) => c.references('proxy_pools.id').onDelete('set null'))
      .addColumn('source_id', 'text', (c) => c.references('campaigns.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('succeeded', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .addColumn('error', 'text')
      .addColumn('runner_id', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('campaigns_by_created').on('campaigns').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('campaigns_by_status').on('campaigns').column('status').execute();

    await db.schema
      .createTable('campaign_results')
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('records', 'text')
      .addColumn('http_status', 'integer')
      .addColumn('matched_keywords', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('campaign_results_pk', ['campaign_id', 'position'])
      .execute();
    await db.schema
      .createIndex('campaign_results_by_status')
      .on('campaign_results')
      .columns(['campaign_id', 'status', 'position'])
      .execute();

    await db.schema
      .createTable('notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('read_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('notifications_by_user')
      .on('notifications')
      .columns(['user_id', 'created_at', 'id'])
      .execute();
  },
});
