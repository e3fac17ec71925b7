import type { Kysely } from 'kysely';
import { withSerialKey } from './columns.js';
import type { DialectMigration } from './columns.js';

export const foundation: DialectMigration = (dialect) => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('personas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('personas_by_created').on('personas').columns(['created_at', 'id']).execute();

    await db.schema
      .createTable('keyword_sets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('keyword_sets_by_created').on('keyword_sets').columns(['created_at', 'id']).execute();

    await withSerialKey(dialect, db.schema.createTable('activities'), 'id')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('verb', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('settings')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('worker_concurrency', 'integer', (c) => c.notNull())
      .addColumn('proxy_health_check_interval_seconds', 'integer', (c) => c.notNull())
      .addColumn('progress_push_per_second', 'integer', (c) => c.notNull())
      .addColumn('change_retention_hours', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db
      .insertInto('settings')
      .values({
        id: 1,
        worker_concurrency: 2,
        proxy_health_check_interval_seconds: 60,
        progress_push_per_second: 4,
        change_retention_hours: 24 * 7,
        updated_at: new Date().toISOString(),
        version: 1,
      })
      .execute();

    await withSerialKey(dialect, db.schema.createTable('changes'), 'seq')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('op', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('entity_version', 'integer')
      .addColumn('public', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('change_audience')
      .addColumn('seq', 'bigint', (c) => c.notNull().references('changes.seq').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('change_audience_pk', ['user_id', 'seq'])
      .execute();
    await db.schema
      .createTable('changelog_state')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('pruned_through', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('changelog_state').values({ id: 1, pruned_through: 0 }).execute();
  },
});
