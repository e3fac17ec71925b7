import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * Members and who may join: a removed member keeps their row (they authored messages, posts and
 * activity) with `removed_at` set, and invitations an ADMIN sends are stored with their token's
 * hash only, single-use and expiring.
 */
export const members: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema.alterTable('users').addColumn('removed_at', 'text').execute();
    await db.schema.createIndex('users_by_created').on('users').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
      .addColumn('revoked_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('invitations_by_created').on('invitations').columns(['created_at', 'id']).execute();
  },
});
