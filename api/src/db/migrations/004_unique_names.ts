import { sql, type Kysely } from 'kysely';
import { uniqueNameIndex } from '../unique-names.js';
import type { DialectMigration } from './columns.js';

/**
 * Names of console entities become unique per kind. Duplicates made before this migration are
 * renamed "Name (2)", "Name (3)"... in creation order, so the index can be built on any database.
 */
/** The tables as they were when this migration was written; a later uniquely named entity's own migration adds its index. */
const TABLES = ['personas', 'keyword_sets', 'proxies', 'proxy_pools', 'campaigns'] as const;

export const uniqueNames: DialectMigration = () => ({
  async up(db: Kysely<any>) {
    for (const table of TABLES) {
      const rows = (await db.selectFrom(table).select(['id', 'name']).orderBy('created_at').orderBy('id').execute()) as Array<{
        id: string;
        name: string;
      }>;
      const taken = new Set(rows.map((row) => row.name.toLowerCase()));
      const seen = new Set<string>();
      for (const row of rows) {
        const key = row.name.toLowerCase();
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        let n = 2;
        while (taken.has(`${key} (${n})`)) n += 1;
        const renamed = `${row.name} (${n})`;
        taken.add(renamed.toLowerCase());
        seen.add(renamed.toLowerCase());
        await db.updateTable(table).set({ name: renamed }).where('id', '=', row.id).execute();
      }
      await db.schema.createIndex(uniqueNameIndex(table)).on(table).unique().expression(sql`lower(name)`).execute();
    }
  },
});
