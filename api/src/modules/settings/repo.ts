import type { Executor } from '../../db/database.js';
import type { SettingsRow } from './table.js';

export async function readSettings(db: Executor): Promise<SettingsRow> {
  return db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function writeSettings(db: Executor, row: SettingsRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('settings').set(fields).where('id', '=', id).execute();
}
