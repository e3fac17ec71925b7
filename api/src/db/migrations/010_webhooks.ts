import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';
import { withSerialKey } from './columns.js';

/**
 * Webhook endpoints: where a person's API key has changes POSTed, with the cursor of the last one
 * delivered (the same cursor a stream resumes from) and a lease, so one instance delivers each
 * endpoint at a time. Each attempt is a row of the endpoint's delivery log.
 */
export const webhooks: DialectMigration = (dialect) => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('webhooks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('api_key_id', 'text', (c) => c.notNull().references('api_keys.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('topics', 'text')
      .addColumn('entity_ids', 'text')
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('disabled_reason', 'text')
      .addColumn('cursor', 'bigint', (c) => c.notNull())
      .addColumn('failing_since', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhooks_by_user').on('webhooks').columns(['user_id', 'created_at']).execute();
    await withSerialKey(dialect, db.schema.createTable('webhook_deliveries'), 'id')
      .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
      .addColumn('cursor', 'text')
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('duration_ms', 'integer')
      .addColumn('error', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhook_deliveries_by_webhook').on('webhook_deliveries').columns(['webhook_id', 'id']).execute();
  },
});
