import type { Transaction } from 'kysely';
import { rowToWrite, type Dialect, type Executor } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import type { SettingsRow } from './table.js';

export async function readSettings(db: Executor): Promise<SettingsRow> {
  return db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

/** The settings, locked until the write commits (`rowToWrite`). */
export async function readSettingsToWrite(dialect: Dialect, trx: Transaction<DB>): Promise<SettingsRow> {
  const row = await rowToWrite<SettingsRow>(dialect, trx, 'settings', 1);
  if (!row) throw new Error('the settings row is missing: migrations create it');
  return row;
}

export async function writeSettings(db: Executor, row: SettingsRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('settings').set(fields).where('id', '=', id).execute();
}
