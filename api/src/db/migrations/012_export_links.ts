import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * Download links for a campaign's CSV: a browser's download cannot carry the session's bearer token,
 * so a signed-in person gets a single-use link (its ticket stored hashed) that expires within a minute.
 */
export const exportLinks: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('export_links')
      .addColumn('ticket_hash', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('export_links_by_expiry').on('export_links').column('expires_at').execute();
  },
});
