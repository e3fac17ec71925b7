import type { Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/** A finished campaign can say why it did less than its setup suggests (say, nothing to do). */
export const campaignNote: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    await db.schema.alterTable('campaigns').addColumn('note', 'text').execute();
  },
});
