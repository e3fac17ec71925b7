import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import type { Dialect } from '../database.js';
import type { DialectMigration } from './columns.js';
import { foundation } from './001_foundation.js';
import { operations } from './002_operations.js';
import { social } from './003_social.js';
import { uniqueNames } from './004_unique_names.js';
import { campaignNote } from './005_campaign_note.js';
import { dashboardCounts } from './006_dashboard_counts.js';
import { dashboardCountShards } from './007_dashboard_count_shards.js';
import { commitOrder } from './008_commit_order.js';
import { apiKeys } from './009_api_keys.js';
import { webhooks } from './010_webhooks.js';
import { consoleHistory } from './011_console_history.js';
import { exportLinks } from './012_export_links.js';
import { members } from './013_members.js';
import { dashboardThroughput } from './014_dashboard_throughput.js';

const all: Record<string, DialectMigration> = {
  '001_foundation': foundation,
  '002_operations': operations,
  '003_social': social,
  '004_unique_names': uniqueNames,
  '005_campaign_note': campaignNote,
  '006_dashboard_counts': dashboardCounts,
  '007_dashboard_count_shards': dashboardCountShards,
  '008_commit_order': commitOrder,
  '009_api_keys': apiKeys,
  '010_webhooks': webhooks,
  '011_console_history': consoleHistory,
  '012_export_links': exportLinks,
  '013_members': members,
  '014_dashboard_throughput': dashboardThroughput,
};

/**
 * Kysely's migrator looks for its own tables by listing every table of every schema the role may use,
 * and PostgreSQL fails that listing ("relation … does not exist", 42P01, "schema … does not exist",
 * 3F000, or "column … of relation … does not exist", 42703) when another schema of the same database
 * is dropped meanwhile (other tenants' schemas, parallel test runs). That failure is before any
 * migration runs; the listing is tried again.
 */
const LISTING_ATTEMPTS = 5;
const LISTING_RACES = new Set(['42P01', '3F000', '42703']);

export async function migrate(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(Object.entries(all).map(([name, migration]) => [name, migration(dialect)])),
  };
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await new Migrator({ db, provider, migrationTableSchema: schema }).migrateToLatest();
    if (!error) return;
    const failed = results?.find((result) => result.status === 'Error');
    const listingRaced = !failed && LISTING_RACES.has((error as { code?: string }).code ?? '');
    if (listingRaced && attempt < LISTING_ATTEMPTS) continue;
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
