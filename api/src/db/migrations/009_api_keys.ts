import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * API keys: a person's bearer secrets for third parties, stored as a hash, with their capabilities
 * as JSON. Usage is kept per key and minute, added to by every instance.
 */
export const apiKeys: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('capabilities', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('api_keys_by_user').on('api_keys').columns(['user_id', 'created_at']).execute();
    await db.schema
      .createTable('api_key_usage')
      .addColumn('api_key_id', 'text', (c) => c.notNull().references('api_keys.id').onDelete('cascade'))
      .addColumn('minute', 'text', (c) => c.notNull())
      .addColumn('requests', 'integer', (c) => c.notNull())
      .addColumn('subscriptions', 'integer', (c) => c.notNull())
      .addColumn('deliveries', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('cut_offs', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('api_key_usage_pkey', ['api_key_id', 'minute'])
      .execute();
  },
});
